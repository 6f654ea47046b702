package org.shegong.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.shegong.Anyone;
import org.shegong.NotPermitted;
import org.shegong.RouteDecision;
import org.shegong.SignedIn;
import org.shegong.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default: every route of the platform is decided by the module that owns it, through one
 * {@link RouteDecision} annotation. A route without one is refused (and the application refuses to
 * start with one); a route whose steps the caller's roles cannot take is refused with 403 naming the
 * rule. The record-level part of a decision (state, scope, relation) is the module's API's, called by
 * the handler. Routes served by libraries (OpenAPI, actuator, the error page) are decided in
 * {@link SecurityConfiguration}.
 */
@Component
public class RouteDecisions implements HandlerInterceptor {

    /** What a route's annotation decided. */
    public sealed interface Decision {
    }

    /** Anyone may call the route. */
    public record Public() implements Decision {
    }

    /** Any signed-in staff member may call it. */
    public record Staff() implements Decision {
    }

    /** Only someone whose roles may take one of these steps. */
    public record Steps(List<Step> steps) implements Decision {
    }

    /** Nobody decided: refused. */
    public record Undecided() implements Decision {
    }

    private final Map<HandlerMethod, Decision> decisions = new ConcurrentHashMap<>();
    private final Map<String, Step> stepsByName = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        StaffPrincipal me = currentStaff();
        if (me != null && me.mustChangePassword() && !allowedWhilePasswordChangePending(request)) {
            // decision 0003: a generated or reset password is changed before anything else is done
            throw new NotPermitted("identity.rule.passwordChangePending");
        }
        if (!(handler instanceof HandlerMethod method) || !ours(method)) {
            return true;
        }
        Decision decision = decisions.computeIfAbsent(method, RouteDecisions::decisionOf);
        if (decision instanceof Public) {
            return true;
        }
        if (decision instanceof Undecided) {
            throw new NotPermitted("identity.rule.undecided");
        }
        if (me == null) {
            throw new NotPermitted("identity.rule.signedIn");
        }
        if (decision instanceof Steps s && s.steps().stream().noneMatch(step -> step.allowsAnyOf(me.roles()))) {
            Step first = s.steps().get(0);
            throw new NotPermitted("identity.rule.role", labelOf(first));
        }
        return true;
    }

    /**
     * With a password change pending, only the change itself, reading one's own account and page views (which
     * {@link MustChangePasswordFilter} sends to the change form) are let through: no write, no other API call.
     */
    private static boolean allowedWhilePasswordChangePending(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (path.equals("/account/password") || path.equals("/api/v1/me/password")) {
            return true;
        }
        if (path.startsWith("/api/")) {
            return read && path.equals("/api/v1/me");
        }
        return read;
    }

    /** Whether the signed-in person's roles allow the named step ({@code "DemandStep.SUBMIT"}) at all: for navigation. */
    public boolean may(String step) {
        Step s = stepsByName.get(step);
        if (s == null) {
            throw new IllegalArgumentException("Unknown step " + step + " (known: " + new TreeMap<>(stepsByName).keySet() + ")");
        }
        StaffPrincipal me = currentStaff();
        return me != null && s.allowsAnyOf(me.roles());
    }

    /** Message key of a step's name in the messages of its module: {@code step.DemandStep.SUBMIT}. */
    public static String labelKey(Step step) {
        return "step." + step.getClass().getSimpleName() + "." + step.name();
    }

    static org.springframework.context.support.DefaultMessageSourceResolvable labelOf(Step step) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] { labelKey(step) },
                step.name());
    }

    /** The decision of a handler method, for the access matrix and for start-up checks. */
    public static Decision decisionOf(HandlerMethod method) {
        List<Annotation> found = new ArrayList<>(decisionsOn(method.getMethod()));
        if (found.isEmpty()) {
            found.addAll(decisionsOn(method.getBeanType()));
        }
        if (found.size() != 1) {
            return new Undecided();
        }
        Annotation a = found.get(0);
        if (a instanceof Anyone) {
            return new Public();
        }
        if (a instanceof SignedIn) {
            return new Staff();
        }
        return stepsOf(a).<Decision>map(Steps::new).orElseGet(Undecided::new);
    }

    private static List<Annotation> decisionsOn(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .filter(a -> a.annotationType().isAnnotationPresent(RouteDecision.class)).toList();
    }

    private static Optional<List<Step>> stepsOf(Annotation a) {
        try {
            Object value = a.annotationType().getMethod("value").invoke(a);
            if (value instanceof Step s) {
                return Optional.of(List.of(s));
            }
            if (value instanceof Step[] many && many.length > 0) {
                return Optional.of(List.of(many));
            }
            return Optional.empty();
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            return Optional.empty();
        }
    }

    static boolean ours(HandlerMethod method) {
        return method.getBeanType().getName().startsWith("org.shegong.");
    }

    private static @Nullable StaffPrincipal currentStaff() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal p ? p : null;
    }

    /** Refuses to start with a route nobody decided; learns every step for {@link #may}. */
    @EventListener
    void check(ContextRefreshedEvent event) {
        var mappings = event.getApplicationContext().getBeansOfType(RequestMappingHandlerMapping.class);
        List<String> undecided = new ArrayList<>();
        mappings.values().forEach(mapping -> mapping.getHandlerMethods().forEach((info, method) -> {
            if (!ours(method)) {
                return;
            }
            Decision d = decisionOf(method);
            decisions.put(method, d);
            if (d instanceof Undecided) {
                undecided.add(info + " -> " + method);
            } else if (d instanceof Steps s) {
                s.steps().forEach(step -> stepsByName.put(step.getClass().getSimpleName() + "." + step.name(), step));
            }
        }));
        if (!undecided.isEmpty()) {
            throw new IllegalStateException("Routes without a decision (annotate each with @Anyone, @SignedIn or its module's "
                    + "route annotation): " + undecided);
        }
    }
}
