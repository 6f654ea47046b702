package org.shegong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every state-changing request (who, unit, when, method and path, outcome status) in the
 * audit log, whether it succeeded or not. Logins are recorded by {@link StaffLogin} instead.
 */
class AuditRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AuditLog audit;

    AuditRequestFilter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return SAFE.contains(request.getMethod()) || path.equals("/login") || path.equals("/logout")
                || path.equals("/api/v1/auth/token");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            String actor = "-";
            String unit = null;
            if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p) {
                actor = p.username();
                unit = p.unitName();
            }
            String path = request.getRequestURI();
            audit.record(new AuditEntry(actor, unit, request.getMethod() + " " + path, path,
                    status < 400 ? "OK" : "HTTP " + status, null, request.getRemoteAddr()));
        }
    }
}
