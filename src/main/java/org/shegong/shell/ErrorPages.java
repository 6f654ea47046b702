package org.shegong.shell;

import org.shegong.Anyone;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.shegong.InvalidInput;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the servlet container or a filter raises (before a controller runs) is answered here, like the rule
 * violations in {@link Problems}: JSON {status, error, errorEn, field?, code} for the API, the error page otherwise.
 * A direct request for {@code /error} is simply not found.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    @Anyone
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u ? u : request.getRequestURI();
        boolean api = Problems.isApi(uri.substring(Math.min(request.getContextPath().length(), uri.length())),
                request.getHeader("Accept"));
        if (!(code instanceof Integer status)) {
            return problems.answer(request, api, HttpStatus.NOT_FOUND, null, "shell.error.notFound");
        }
        HttpStatus answered = HttpStatus.resolve(status);
        if (answered == null) {
            answered = status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        Throwable thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInput ii) {
                return problems.answer(request, api, HttpStatus.BAD_REQUEST, ii.field(), ii.messageKey(), ii.args());
            }
            if (t.getClass().getName().contains("SizeLimitExceeded") || t.getClass().getName().contains("SizeException")) {
                return problems.answer(request, api, HttpStatus.PAYLOAD_TOO_LARGE, null, "shell.input.tooLarge");
            }
        }
        if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            return problems.answer(request, api, HttpStatus.FORBIDDEN, null, "shell.error.csrf");
        }
        return problems.answer(request, api, answered, null, switch (answered) {
            case BAD_REQUEST -> "shell.error.request";
            case UNAUTHORIZED -> "shell.error.login";
            case FORBIDDEN -> "shell.error.forbidden";
            case NOT_FOUND -> "shell.error.notFound";
            case METHOD_NOT_ALLOWED -> "shell.error.method";
            case NOT_ACCEPTABLE -> "shell.error.notAcceptable";
            case PAYLOAD_TOO_LARGE -> "shell.input.tooLarge";
            case UNSUPPORTED_MEDIA_TYPE -> "shell.error.mediaType";
            default -> answered.is5xxServerError() ? "shell.error.generic" : "shell.error.request";
        });
    }
}
