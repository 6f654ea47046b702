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

    /**
     * A body that is not the JSON expected: broken, too deep or too long (Jackson's read constraints), a null inside
     * a list, a wrong type, a bad date or an unknown enum value. The field is named when Jackson knows it.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String field = null;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidInput ii) {
                return invalid(ii, request);
            }
            if (t instanceof RequestLimits.BodyTooLarge big) {
                return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, null, "shell.input.bodyTooLarge", big.max / (1024 * 1024));
            }
            if (t instanceof tools.jackson.core.exc.StreamConstraintsException) {
                return answer(request, HttpStatus.BAD_REQUEST, null, "shell.input.bodyLimits");
            }
            if (field == null && t instanceof tools.jackson.databind.DatabindException d) {
                field = d.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                        : r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : null).filter(java.util.Objects::nonNull)
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
            }
        }
        return field != null ? answer(request, HttpStatus.BAD_REQUEST, field, "shell.input.field", field)
                : answer(request, HttpStatus.BAD_REQUEST, null, "shell.input.body");
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    Object tooLarge(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, null, "shell.input.tooLarge");
    }

    /** A post to an upload that is not a multipart form at all. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    Object notMultipart(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, null, "shell.input.body");
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    Object method(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, null, "shell.error.method");
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    Object mediaType(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "shell.error.mediaType");
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_ACCEPTABLE, null, "shell.error.notAcceptable");
    }

    /** A missing header or path part, a failed bean validation, an unparsable date in a text field, and the like. */
    @ExceptionHandler({ org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.bind.MethodArgumentNotValidException.class,
            org.springframework.web.method.annotation.HandlerMethodValidationException.class,
            org.springframework.validation.BindException.class, java.time.format.DateTimeParseException.class })
    Object badRequest(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, null, "shell.error.request");
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

    /** Anything else: a Spring error keeps its status; a real fault is logged and answered 500, still in both languages. */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.security.core.AuthenticationException
                || e instanceof org.springframework.web.context.request.async.AsyncRequestNotUsableException) {
            throw e; // Spring Security answers a missing login; a client that has gone needs no answer
        }
        if (e instanceof org.springframework.web.ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.resolve(er.getStatusCode().value());
            return answer(request, status == null ? HttpStatus.BAD_REQUEST : status, null,
                    status == HttpStatus.NOT_FOUND ? "shell.error.notFound" : "shell.error.request");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // PostgreSQL refuses NUL and invalid byte sequences in text (22021, 22P05): the input's fault, nothing was stored
            if (t instanceof java.sql.SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return answer(request, HttpStatus.BAD_REQUEST, null, "shell.input.badCharacters", "-");
            }
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, null, "shell.error.generic");
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String field, String key, Object... args) {
        return answer(request, isApi(request), status, field, key, args);
    }

    Object answer(HttpServletRequest request, boolean api, HttpStatus status, String field, String key, Object... args) {
        String zh = message(key, args, Locale.SIMPLIFIED_CHINESE);
        String en = message(key, args, Locale.ENGLISH);
        if (status.is4xxClientError() && status != HttpStatus.NOT_FOUND) {
            log.debug("{} {} -> {} {}", request.getMethod(), request.getRequestURI(), status.value(), key);
        }
        if (api) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", zh);
            body.put("errorEn", en);
            if (field != null) {
                body.put("field", field);
            }
            body.put("code", key);
            return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(body);
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
        // on an error dispatch the request URI is /error; the address asked for is kept in an attribute
        String uri = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) instanceof String u ? u
                : request.getRequestURI();
        return isApi(uri.substring(Math.min(request.getContextPath().length(), uri.length())), request.getHeader("Accept"));
    }

    static boolean isApi(String path, String accept) {
        return path.startsWith("/api/") || path.startsWith("/open311/")
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
    }
}
