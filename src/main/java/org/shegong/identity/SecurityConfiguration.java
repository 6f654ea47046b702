package org.shegong.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.csrf.CsrfException;

/** Staff sign in with a form and a session; API clients with bearer tokens. Everything else needs a login. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

    private static final String[] PUBLIC = { "/login", "/css/**", "/js/**", "/img/**", "/geo/**", "/webjars/**",
            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/public/**", "/open311/**",
            // volunteers are citizens with their own sign-in (org.shegong.volunteer): the module guards these routes
            "/volunteer", "/volunteer/**" };
    private static final String[] ADMINISTRATORS = { "PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN" };

    /**
     * Scripts only from our own files: no inline code, no eval, so data that slips into a page cannot run.
     * Styles keep 'unsafe-inline' because ECharts writes style attributes into its tooltip HTML.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider staffAuthenticationProvider(StaffLogin login) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String ip = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
                StaffPrincipal p = login.authenticate(authentication.getName(),
                        String.valueOf(authentication.getCredentials()), ip, "form");
                return UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities());
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    /**
     * Machine clients: the API, the OpenAPI document and the Prometheus metrics, with a bearer token or a session.
     * Library routes are decided here (our own routes by {@link RouteDecisions}): the OpenAPI document for any
     * signed-in staff member, the metrics for administrators.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SignInStanding standing, AuditLog audit) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/actuator/prometheus")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole(ADMINISTRATORS)
                        .requestMatchers("/api/v1/volunteer/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfiguration::bearerOrTokenRequest))
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new EndedSignInFilter(standing, audit), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new AuditRequestFilter(audit), AuthorizationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> json(res, 401, "需要登录或有效的令牌", "Login or a valid token required", "shell.error.login"))
                        .accessDeniedHandler((req, res, ex) -> {
                            if (ex instanceof CsrfException) {
                                json(res, 403, "会话请求须带 CSRF 令牌；API 客户端请使用 Bearer 令牌（接口文档页的 Authorize）",
                                        "A session request needs the CSRF token; API clients use a bearer token (Authorize in the API docs)",
                                        "shell.error.csrf");
                            } else {
                                json(res, 403, "无权执行此操作", "Not permitted", "shell.error.forbidden");
                            }
                        }))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .requestCache(c -> c.requestCache(new NullRequestCache()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SignInStanding standing, AuditLog audit) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole(ADMINISTRATORS)
                        .anyRequest().authenticated())
                // an anonymous hit on a protected page remembers where to return in a cookie, not in a session row
                .requestCache(c -> c.requestCache(new CookieRequestCache()))
                .formLogin(f -> f.loginPage("/login").permitAll()
                        .defaultSuccessUrl("/", false)
                        // one answer for every failure: an unknown name must look like a wrong password
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?error=bad")))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((req, res, auth) -> {
                            if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p) {
                                audit.record(AuditEntry.of(p, "logout", "account:" + p.username(), "OK", null)
                                        .withClientIp(req.getRemoteAddr()));
                            }
                        }))
                // Open311 partners authenticate each call with api_key, not with a session
                .csrf(c -> c.ignoringRequestMatchers("/open311/**"))
                .addFilterBefore(new EndedSignInFilter(standing, audit), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(), AuthorizationFilter.class)
                .addFilterAfter(new AuditRequestFilter(audit), MustChangePasswordFilter.class)
                // the error page tells a stale form (CSRF) apart from a missing permission
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
                    req.setAttribute(WebAttributes.ACCESS_DENIED_403, ex);
                    res.sendError(HttpServletResponse.SC_FORBIDDEN);
                }))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    private static boolean bearerOrTokenRequest(HttpServletRequest request) {
        String auth = request.getHeader("Authorization");
        return (auth != null && auth.startsWith("Bearer ")) || "/api/v1/auth/token".equals(request.getRequestURI());
    }

    static void json(HttpServletResponse res, int status, String zh, String en, String code) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write("{\"status\":" + status + ",\"error\":\"" + zh + "\",\"errorEn\":\"" + en + "\",\"code\":\"" + code + "\"}");
    }
}
