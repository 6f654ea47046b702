package org.shegong.volunteer.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A volunteer route called without a volunteer signed in: the sign-in page, or 401 with a bilingual message for the API. */
@ControllerAdvice(basePackageClasses = VolunteerSignInAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class VolunteerSignInAdvice {

    private final MessageSource messages;

    VolunteerSignInAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(VolunteerSignIn.Required.class)
    Object required(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 401);
            body.put("error", messages.getMessage("volunteer.signIn.required", null, Locale.SIMPLIFIED_CHINESE));
            body.put("errorEn", messages.getMessage("volunteer.signIn.required", null, Locale.ENGLISH));
            body.put("code", "volunteer.signIn.required");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(body);
        }
        String query = request.getQueryString();
        String back = path + (query == null ? "" : "?" + query);
        return "redirect:/volunteer/login?next=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8);
    }
}
