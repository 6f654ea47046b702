package org.shegong.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shegong.identity.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

/**
 * The limit filter with small limits of its own over the real bucket table (the shared test context has generous
 * ones, since every MockMvc request comes from 127.0.0.1); each test uses fresh client addresses.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LimitIntegrationTests {

    @Autowired
    Limits limits;
    @Autowired
    MessageSource messages;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static final LimitProperties.Rate HOUR_3 = new LimitProperties.Rate(3, Duration.ofHours(1));

    static LimitProperties small() {
        var tracking = new LimitProperties.Group(List.of("GET /api/v1/public/demands/track", "POST /public/petitions/track"),
                "code", false, HOUR_3, new LimitProperties.Rate(5, Duration.ofHours(1)));
        var login = new LimitProperties.Group(List.of("POST /login", "POST /api/v1/auth/token"), "username", true,
                HOUR_3, new LimitProperties.Rate(4, Duration.ofHours(1)));
        return new LimitProperties(true, List.of(), Map.of("tracking", tracking, "login", login),
                new LimitProperties.Uploads(DataSize.ofKilobytes(100), DataSize.ofKilobytes(550)));
    }

    static String address() {
        var r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(1, 250);
    }

    LimitFilter filter(LimitFilter.Phase phase) {
        return new LimitFilter(limits, small(), messages, phase);
    }

    static MockHttpServletRequest request(String method, String uri, String address) {
        var request = new MockHttpServletRequest(method, uri);
        request.setRemoteAddr(address);
        return request;
    }

    /** Sends a request through the filter to a handler answering {@code status}; returns the response. */
    static MockHttpServletResponse send(LimitFilter filter, MockHttpServletRequest request, int status, AtomicInteger reached)
            throws Exception {
        var response = new MockHttpServletResponse();
        FilterChain handler = (req, res) -> {
            reached.incrementAndGet();
            ((MockHttpServletResponse) res).setStatus(status);
        };
        filter.doFilter(request, response, handler);
        return response;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFourthTrackingRequestFromOneAddressGets429WithRetryAfterAndABilingualMessageWhileAnotherAddressPasses()
            throws Exception {
        var filter = filter(LimitFilter.Phase.PUBLIC);
        var reached = new AtomicInteger();
        String guesser = address();
        for (int i = 0; i < 3; i++) {
            var r = request("GET", "/api/v1/public/demands/track", guesser);
            r.setParameter("code", "D" + i);
            assertThat(send(filter, r, 404, reached).getStatus()).isEqualTo(404);
        }
        var fourth = request("GET", "/api/v1/public/demands/track", guesser);
        fourth.setParameter("code", "D9");
        var refused = send(filter, fourth, 404, reached);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(reached).hasValue(3);
        long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 3600L);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"status\":429", "请求过于频繁", "Too many requests", "\"retryAfter\":" + retryAfter);
        assertThat(limits.blocks()).anySatisfy(b -> {
            assertThat(b.subject()).isEqualTo(guesser);
            assertThat(b.kind()).isEqualTo("ADDRESS");
        });

        var other = request("GET", "/api/v1/public/demands/track", address());
        other.setParameter("code", "D1");
        assertThat(send(filter, other, 404, reached).getStatus()).isEqualTo(404);
        // an untracked route is not counted at all
        assertThat(send(filter, request("GET", "/public/demands/new", guesser), 200, reached).getStatus()).isEqualTo(200);
    }

    @Test
    void oneTrackingCodeTriedFromManyAddressesIsHeldBackAndAPagesAnswerIsTheErrorPage() throws Exception {
        var filter = filter(LimitFilter.Phase.PUBLIC);
        var reached = new AtomicInteger();
        String code = "P" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            var r = request("POST", "/public/petitions/track", address());
            r.setParameter("code", code);
            assertThat(send(filter, r, 200, reached).getStatus()).isEqualTo(200);
        }
        var sixth = request("POST", "/public/petitions/track", address());
        sixth.setParameter("code", code);
        var refused = send(filter, sixth, 200, reached);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("请求过于频繁", "Too many requests");
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(limits.blocks()).anySatisfy(b -> assertThat(b.subject()).isEqualTo(code));
    }

    @Test
    void aSignedInStaffMemberIsNotCountedByPublicLimits() throws Exception {
        var filter = filter(LimitFilter.Phase.PUBLIC);
        var reached = new AtomicInteger();
        String office = address();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("staff",
                null, AuthorityUtils.createAuthorityList("ROLE_HOTLINE_OPERATOR")));
        for (int i = 0; i < 10; i++) {
            var r = request("GET", "/api/v1/public/demands/track", office);
            r.setParameter("code", "S" + i);
            assertThat(send(filter, r, 200, reached).getStatus()).isEqualTo(200);
        }
        assertThat(reached).hasValue(10);
    }

    @Test
    void failedLoginsSlowTheGuessingAddressButTheOwnerStillSignsInFromAnotherAndSuccessesAreNotCounted() throws Exception {
        var filter = filter(LimitFilter.Phase.CREDENTIALS);
        var reached = new AtomicInteger();
        String owner = address();
        String name = "clerk" + System.nanoTime();
        // successes do not count
        for (int i = 0; i < 5; i++) {
            assertThat(send(filter, token(owner, name), 200, reached).getStatus()).isEqualTo(200);
        }
        String guesser = address();
        for (int i = 0; i < 3; i++) {
            assertThat(send(filter, token(guesser, name), 401, reached).getStatus()).isEqualTo(401);
        }
        var refused = send(filter, token(guesser, "someone-else"), 401, reached);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        // the user name's own budget (4 failures) runs out after one more failure from a second address ...
        String second = address();
        assertThat(send(filter, token(second, name), 401, reached).getStatus()).isEqualTo(401);
        // ... which then waits for that name, while the owner at an address that never failed gets through
        assertThat(send(filter, token(second, name), 200, reached).getStatus()).isEqualTo(429);
        assertThat(send(filter, token(owner, name), 200, reached).getStatus()).isEqualTo(200);
        // the form login counts a redirect to ?error as a failure
        String formGuesser = address();
        for (int i = 0; i < 3; i++) {
            var form = request("POST", "/login", formGuesser);
            form.setParameter("username", "x" + i);
            var response = new MockHttpServletResponse();
            filter.doFilter(form, response, (req, res) -> ((MockHttpServletResponse) res).sendRedirect("/login?error=bad"));
            assertThat(response.getStatus()).isEqualTo(302);
        }
        var form = request("POST", "/login", formGuesser);
        form.setParameter("username", "x9");
        assertThat(send(filter, form, 302, reached).getStatus()).isEqualTo(429);
    }

    private static MockHttpServletRequest token(String address, String username) {
        var r = request("POST", "/api/v1/auth/token", address);
        r.setContentType("application/json");
        r.setContent(("{\"username\":\"" + username + "\",\"password\":\"x\"}").getBytes(StandardCharsets.UTF_8));
        return r;
    }

    @Test
    void theTokenHandlerStillReadsTheWholeBodyAfterTheFilterLookedForTheUserName() throws Exception {
        var filter = filter(LimitFilter.Phase.CREDENTIALS);
        var seen = new StringBuilder();
        var response = new MockHttpServletResponse();
        filter.doFilter(token(address(), "reader"), response,
                (req, res) -> seen.append(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(seen.toString()).isEqualTo("{\"username\":\"reader\",\"password\":\"x\"}");
    }

    @Test
    void anonymousUploadsStopAtTheDailyBytesPerAddressAndAtTheGlobalCap() {
        var quota = new UploadQuota(limits, small());
        limits.lift(Keys.target(UploadQuota.GROUP, "all"));
        try {
            String citizen = address();
            quota.reserve(request("POST", "/public/demands", citizen), 60 * 1024);
            assertThatThrownBy(() -> quota.reserve(request("POST", "/public/demands", citizen), 60 * 1024))
                    .isInstanceOf(LimitExceeded.class);
            for (int i = 0; i < 5; i++) {
                quota.reserve(request("POST", "/public/demands", address()), 90 * 1024);
            }
            // 60 + 5 × 90 = 510 KB of 550 KB used: a newcomer's 50 KB no longer fits anywhere
            assertThatThrownBy(() -> quota.reserve(request("POST", "/public/demands", address()), 50 * 1024))
                    .isInstanceOf(LimitExceeded.class);
        } finally {
            // the shared context's own (generous) global bucket comes back on its next use
            limits.lift(Keys.target(UploadQuota.GROUP, "all"));
        }
    }

    @Test
    void theCleanupDropsBucketsPastTheirExpiryAndBlocksEndedADayAgoButKeepsCurrentOnes() {
        String old = Keys.address("tracking", address());
        String current = Keys.address("tracking", address());
        limits.refused(current, "tracking", "ADDRESS", "current", Duration.ofMinutes(5));
        jdbc.sql("""
                insert into limit_block (bucket_key, route_group, kind, subject, refusals, first_refused, last_refused, blocked_until)
                values (:key, 'tracking', 'ADDRESS', 'old', 1, now() - interval '3 days', now() - interval '3 days',
                        now() - interval '2 days')
                """).param("key", old).update();
        jdbc.sql("insert into limit_bucket (id, state, expires_at) values (:key, '\\x00'::bytea, 1)").param("key", old).update();

        limits.cleanUp();

        assertThat(jdbc.sql("select count(*) from limit_block where bucket_key in (:keys)")
                .param("keys", List.of(old, current)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from limit_bucket where id = :key").param("key", old).query(Long.class).single())
                .isZero();
    }

    @Test
    void aProvinceAdministratorListsABlockAndLiftsItWhichIsAudited() throws Exception {
        String key = Keys.address("tracking", address());
        limits.refused(key, "tracking", "ADDRESS", key.substring(key.lastIndexOf('|') + 1), Duration.ofMinutes(5));
        var admin = StaffFixtures.provinceAdmin();
        mvc.perform(get("/api/v1/admin/limits").with(as(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == '" + key + "')]").isNotEmpty());
        mvc.perform(get("/admin/limits").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/limits").with(as(StaffFixtures.townshipStaff(999_999, 1, "510107012000")))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/admin/limits").param("key", key).with(as(admin))).andExpect(status().isNoContent());
        assertThat(limits.blocks()).noneMatch(b -> b.key().equals(key));
        assertThat(jdbc.sql("select count(*) from identity_audit_log where action = 'limit.lift' and target = :t")
                .param("t", "limit:" + key).query(Long.class).single()).isEqualTo(1);
    }
}
