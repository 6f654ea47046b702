package org.shegong.limit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A used-up quota inside a handler (the upload quota): 429 with {@code Retry-After}, JSON or the error page. */
@ControllerAdvice
class LimitAnswers {

    private final MessageSource messages;

    LimitAnswers(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(LimitExceeded.class)
    Object exceeded(LimitExceeded e, HttpServletRequest request, HttpServletResponse response) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        String zh = messages.getMessage("limit.tooMany", new Object[] { seconds }, Locale.SIMPLIFIED_CHINESE);
        String en = messages.getMessage("limit.tooMany", new Object[] { seconds }, Locale.ENGLISH);
        response.setHeader("Retry-After", String.valueOf(seconds));
        if (LimitFilter.wantsJson(request)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(Map.of("status", 429, "error", zh, "errorEn", en, "retryAfter", seconds));
        }
        ModelAndView page = new ModelAndView("error/429");
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("status", 429);
        page.addObject("message", zh + " " + en);
        page.addObject("retryAfter", seconds);
        return page;
    }
}
