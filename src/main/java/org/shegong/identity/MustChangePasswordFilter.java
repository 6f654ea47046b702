package org.shegong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A generated or reset password must be replaced before anything else is done with the account: page views go to
 * the change form; writes and API calls are refused with 403 by {@link RouteDecisions}.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p && p.mustChangePassword() && read
                && !path.startsWith("/api/") && !path.startsWith("/account/password") && !path.equals("/logout")
                && !path.startsWith("/css/") && !path.startsWith("/webjars/") && !path.startsWith("/js/")) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        chain.doFilter(request, response);
    }
}
