package org.shegong.limit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts requests to the configured route groups per client address and per target and answers 429 with
 * {@code Retry-After} once a bucket is empty. Registered twice: before Spring Security for the credential groups
 * (only failures count, so a person who knows the password is never held back by someone else's guessing), and
 * after it for the public groups (a signed-in staff member is not counted).
 */
class LimitFilter extends OncePerRequestFilter {

    enum Phase {
        CREDENTIALS, PUBLIC
    }

    static final int MAX_JSON_FOR_TARGET = 16 * 1024;
    /**
     * A refused key is refused again from memory for at most this long, so a flood from one address costs no
     * database round trips (and no pool connections queueing on one bucket row); short, so that an administrator's
     * lift on another node takes effect soon.
     */
    static final Duration REMEMBER_REFUSAL = Duration.ofSeconds(10);
    private static final int MAX_REMEMBERED = 20_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Limits limits;
    private final LimitProperties properties;
    private final MessageSource messages;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Refusal> recentlyRefused = new ConcurrentHashMap<>();

    LimitFilter(Limits limits, LimitProperties properties, MessageSource messages, Phase phase) {
        this.limits = limits;
        this.properties = properties;
        this.messages = messages;
        properties.groups().forEach((name, group) -> {
            if (group.failuresOnly() == (phase == Phase.CREDENTIALS)) {
                group.routes().forEach(r -> routes.add(Route.parse(name, group, r)));
            }
        });
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Route route = properties.enabled() ? match(request) : null;
        if (route == null || (!route.group().failuresOnly() && staffSignedIn())) {
            chain.doFilter(request, response);
            return;
        }
        String address = ClientAddress.of(request, properties.trustedProxies());
        HttpServletRequest forward = request;
        String target = null;
        if (!route.group().target().isEmpty()) {
            MediaType type = contentType(request);
            if (type != null && MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
                BodyCopy copy = BodyCopy.of(request, MAX_JSON_FOR_TARGET);
                forward = copy;
                target = copy.field(route.group().target());
            } else {
                target = request.getParameter(route.group().target());
            }
            target = target == null || target.isBlank() ? null : Keys.clean(target);
        }
        if (route.group().failuresOnly()) {
            credentials(route, address, target, forward, response, chain);
        } else {
            counted(route, address, target, forward, response, chain);
        }
    }

    private void counted(Route route, String address, @Nullable String target, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String addressKey = Keys.address(route.name(), address);
        if (refusedRecently(addressKey, request, response) || (target != null
                && refusedRecently(Keys.target(route.name(), target), request, response))) {
            return;
        }
        Optional<Duration> wait = limits.take(addressKey, route.group().perAddress(), 1);
        if (wait.isPresent()) {
            refuse(request, response, addressKey, route.name(), "ADDRESS", address, wait.get());
            return;
        }
        if (target != null) {
            String targetKey = Keys.target(route.name(), target);
            wait = limits.take(targetKey, route.group().perTarget(), 1);
            if (wait.isPresent()) {
                refuse(request, response, targetKey, route.name(), "TARGET", target, wait.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Failed sign-ins slow the address that makes them. Failures against one user name from many addresses empty
     * that name's bucket; then only addresses that already failed for the name are held back, so the owner signing
     * in from elsewhere still gets through (GB/T 22239-2019 §8.1.4.1 b: limit failed logins without handing a
     * stranger the power to lock a person out).
     */
    private void credentials(Route route, String address, @Nullable String target, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        LimitProperties.Group group = route.group();
        String addressKey = Keys.address(route.name(), address);
        if (refusedRecently(addressKey, request, response)) {
            return;
        }
        Optional<Duration> wait = limits.exhausted(addressKey, group.perAddress());
        if (wait.isPresent()) {
            refuse(request, response, addressKey, route.name(), "ADDRESS", address, wait.get());
            return;
        }
        LimitProperties.Rate pairRate = new LimitProperties.Rate(1, group.perTarget().per());
        if (target != null && group.perTarget().limited()) {
            String targetKey = Keys.target(route.name(), target);
            wait = limits.exhausted(targetKey, group.perTarget());
            if (wait.isPresent() && !limits.untouched(Keys.pair(route.name(), address, target), pairRate)) {
                refuse(request, response, targetKey, route.name(), "TARGET", target, wait.get());
                return;
            }
        }
        chain.doFilter(request, response);
        if (failed(response)) {
            limits.take(addressKey, group.perAddress(), 1);
            if (target != null && group.perTarget().limited()) {
                limits.take(Keys.target(route.name(), target), group.perTarget(), 1);
                limits.take(Keys.pair(route.name(), address, target), pairRate, 1);
            }
        }
    }

    private static boolean failed(HttpServletResponse response) {
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            return true;
        }
        String location = response.getHeader("Location");
        return response.getStatus() / 100 == 3 && location != null && location.contains("error");
    }

    private boolean refusedRecently(String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Refusal earlier = recentlyRefused.get(key);
        if (earlier == null) {
            return false;
        }
        Instant now = Instant.now();
        if (!now.isBefore(earlier.rememberUntil())) {
            recentlyRefused.remove(key, earlier);
            return false;
        }
        answer(request, response, Duration.between(now, earlier.retryAt()));
        return true;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String key, String group, String kind,
            String subject, Duration wait) throws IOException {
        limits.refused(key, group, kind, subject, wait);
        if (recentlyRefused.size() >= MAX_REMEMBERED) {
            recentlyRefused.clear();
        }
        Instant now = Instant.now();
        Duration remember = wait.compareTo(REMEMBER_REFUSAL) < 0 ? wait : REMEMBER_REFUSAL;
        recentlyRefused.put(key, new Refusal(now.plus(remember), now.plus(wait)));
        answer(request, response, wait);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader("Retry-After", String.valueOf(seconds));
        String zh = messages.getMessage("limit.tooMany", new Object[] { seconds }, Locale.SIMPLIFIED_CHINESE);
        String en = messages.getMessage("limit.tooMany", new Object[] { seconds }, Locale.ENGLISH);
        if (wantsJson(request)) {
            response.setStatus(429);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.writeValueAsString(
                    Map.of("status", 429, "error", zh, "errorEn", en, "retryAfter", seconds)));
        } else {
            // written here rather than through the error page: no template, no session, no CSRF token, no database,
            // so that answering a flood costs next to nothing
            String title = HtmlUtils.htmlEscape(messages.getMessage("limit.page.title", null, Locale.SIMPLIFIED_CHINESE))
                    + " · " + HtmlUtils.htmlEscape(messages.getMessage("limit.page.title", null, Locale.ENGLISH));
            response.setStatus(429);
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="zh-CN"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>%1$s</title><link rel="stylesheet" href="%2$s/css/app.css"></head>
                    <body><div class="shell"><main><div class="card">
                    <h1>%1$s <span class="badge badge-red">429</span></h1>
                    <p class="alert alert-error" id="problem-message" lang="zh-CN">%3$s</p>
                    <p class="alert alert-error" lang="en">%4$s</p>
                    <p><a href="%2$s/">首页 · Home</a></p>
                    </div></main></div></body></html>
                    """.formatted(title, HtmlUtils.htmlEscape(request.getContextPath()), HtmlUtils.htmlEscape(zh),
                    HtmlUtils.htmlEscape(en)));
        }
    }

    static boolean wantsJson(HttpServletRequest request) {
        String path = path(request);
        String accept = request.getHeader("Accept");
        return path.startsWith("/api/") || path.startsWith("/open311/")
                || (accept != null && accept.contains("json") && !accept.contains("html"));
    }

    private static boolean staffSignedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    private @Nullable Route match(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(path(request));
        for (Route r : routes) {
            if ((r.method() == null || r.method().matches(request.getMethod())) && r.pattern().matches(path)) {
                return r;
            }
        }
        return null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static @Nullable MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private record Refusal(Instant rememberUntil, Instant retryAt) {
    }

    /** One configured route: {@code "POST /public/demands"} or a bare path for every method. */
    record Route(String name, LimitProperties.Group group, @Nullable HttpMethod method, PathPattern pattern) {

        static Route parse(String name, LimitProperties.Group group, String route) {
            String[] parts = route.strip().split("\\s+", 2);
            boolean withMethod = parts.length == 2;
            return new Route(name, group, withMethod ? HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)) : null,
                    PathPatternParser.defaultInstance.parse(withMethod ? parts[1] : parts[0]));
        }
    }
}
