package org.shegong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out a request whose account's rights changed since it signed in (disabled, roles, unit, password): the
 * session is invalidated and the request goes on anonymous, so pages send it to the login form and the API answers
 * 401. Runs before anonymous authentication in both filter chains, for sessions and bearer tokens alike.
 */
class EndedSignInFilter extends OncePerRequestFilter {

    private final SignInStanding standing;
    private final AuditLog audit;

    EndedSignInFilter(SignInStanding standing, AuditLog audit) {
        this.standing = standing;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p
                && request.getAttribute(BearerTokenFilter.STANDING_CHECKED) != p && !standing.stands(p)) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            audit.record(AuditEntry.of(p, "session.ended", "account:" + p.accountId().value(), "ENDED",
                    "account disabled or its rights changed since sign-in").withClientIp(request.getRemoteAddr()));
        }
        chain.doFilter(request, response);
    }
}
