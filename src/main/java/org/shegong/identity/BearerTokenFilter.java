package org.shegong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <token>} requests; an unknown or expired token is a 401. */
class BearerTokenFilter extends OncePerRequestFilter {

    /**
     * Set on a request whose principal this filter just read from the token's statement, which already compared the
     * token's security version with the account's row and required the account enabled (decision 0003): the
     * {@link EndedSignInFilter} need not read the same row again in the same request.
     */
    static final String STANDING_CHECKED = BearerTokenFilter.class.getName() + ".standingChecked";

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            var principal = tokens.resolve(header.substring(7).strip());
            if (principal.isEmpty()) {
                SecurityConfiguration.json(response, 401, "令牌无效或已过期", "Token invalid or expired", "identity.token.invalid");
                return;
            }
            var p = principal.get();
            var auth = UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            SecurityContextHolder.setContext(context);
            request.setAttribute(STANDING_CHECKED, p);
        }
        chain.doFilter(request, response);
    }
}
