package org.shegong.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.identity.AuditEntry;
import org.shegong.identity.AuditLog;
import org.shegong.identity.StaffPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns rule violations into answers: 400 with the message in Chinese and English (field named),
 * 404 for anything missing or outside the caller's scope, 409 for a lost concurrent change.
 * API paths get JSON; pages get a readable error page.
 */
@ControllerAdvice
class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private final MessageSource messages;
    private final AuditLog audit;

    Problems(MessageSource messages, AuditLog audit) {
        this.messages = messages;
        this.audit = audit;
    }

    @ExceptionHandler(InvalidInput.class)
    Object invalid(InvalidInput e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, e.field(), e.messageKey(), e.args());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, e.getParameterName(), "shell.input.missing", e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, e.getName(), "shell.input.type", e.getName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof InvalidInput ii) {
            return invalid(ii, request);
        }
        return answer(request, HttpStatus.BAD_REQUEST, null, "shell.input.body");
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    Object notMultipart(Exception e, HttpServletRequest request) {
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return tooLarge(e, request);
        }
        return answer(request, HttpStatus.BAD_REQUEST, null, "shell.input.body");
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    Object tooLarge(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, null, "shell.input.tooLarge");
    }

    @ExceptionHandler({ NotFound.class, NoResourceFoundException.class })
    Object notFound(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, null, "shell.error.notFound");
    }

    @ExceptionHandler({ ConcurrentChange.class, OptimisticLockingFailureException.class })
    Object conflict(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, null, "shell.error.conflict");
    }

    /** A step the module refused: 403 naming the rule, and an audit entry of the refusal. */
    @ExceptionHandler(NotPermitted.class)
    Object notPermitted(NotPermitted e, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("X-Refused-By", e.rule());
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String rule = message(e.rule(), e.args(), Locale.SIMPLIFIED_CHINESE);
        AuditEntry entry = auth != null && auth.getPrincipal() instanceof StaffPrincipal p
                ? AuditEntry.of(p, "refused " + request.getMethod() + " " + request.getRequestURI(), e.rule(), "REFUSED", rule)
                : new AuditEntry("-", null, "refused " + request.getMethod() + " " + request.getRequestURI(), e.rule(),
                        "REFUSED", rule, null);
        audit.record(entry.withClientIp(request.getRemoteAddr()));
        return answer(request, HttpStatus.FORBIDDEN, null, e.rule(), e.args());
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, null, "shell.error.forbidden");
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String field, String key, Object... args) {
        String zh = message(key, args, Locale.SIMPLIFIED_CHINESE);
        String en = message(key, args, Locale.ENGLISH);
        if (status.is4xxClientError() && status != HttpStatus.NOT_FOUND) {
            log.debug("{} {} -> {} {}", request.getMethod(), request.getRequestURI(), status.value(), key);
        }
        if (isApi(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", zh);
            body.put("errorEn", en);
            if (field != null) {
                body.put("field", field);
            }
            body.put("code", key);
            return ResponseEntity.status(status).body(body);
        }
        ModelAndView mav = new ModelAndView("error/problem");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("message", LocaleContextHolder.getLocale().getLanguage().equals("en") ? en : zh);
        mav.addObject("field", field);
        return mav;
    }

    private String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return path.startsWith("/api/") || path.startsWith("/open311/")
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
    }
}
