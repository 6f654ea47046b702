package org.shegong.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Bearer tokens for API clients: random, stored only as their SM3 hash, expiring, revocable. */
@Component
public class ApiTokens {

    private final JdbcClient jdbc;
    private final StaffLogin login;
    private final Clock clock;
    private final IdentityProperties.Login settings;
    private final SecureRandom random = new SecureRandom();

    /** How long a resolved token is remembered on one node. */
    static final java.time.Duration REMEMBER = java.time.Duration.ofSeconds(10);
    static final int MAX_REMEMBERED = 10_000;

    private record Remembered(StaffPrincipal principal, Instant until) {
    }

    private final java.util.Map<String, Remembered> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, StaffLogin login, Clock clock, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.login = login;
        this.clock = clock;
        this.settings = properties.login();
    }

    /** A freshly issued token; only its hash is stored. */
    public record Issued(String token, Instant expiresAt) {
    }

    /** Checks the credentials exactly like the login form (lockout, audit) and issues a token. */
    public Issued issueFor(String username, String password, String clientIp) {
        StaffPrincipal p = login.authenticate(username, password, clientIp, "token");
        if (p.mustChangePassword()) {
            throw new org.springframework.security.authentication.CredentialsExpiredException("password must be changed first");
        }
        return issue(p);
    }

    @Transactional
    Issued issue(StaffPrincipal principal) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(settings.tokenLifetime());
        jdbc.sql("insert into identity_api_token (token_hash, account_id, issued_at, expires_at) values (:h, :a, :i, :e)")
                .param("h", Sm3.hex(token)).param("a", principal.accountId())
                .param("i", Timestamp.from(now)).param("e", Timestamp.from(expires)).update();
        jdbc.sql("delete from identity_api_token where expires_at < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(java.time.Duration.ofDays(7)))).update();
        return new Issued(token, expires);
    }

    /**
     * The account behind a token. A resolved token is remembered for {@link #REMEMBER} (never past its expiry) so
     * that an API client's burst of calls costs one lookup; revoking on this node forgets it at once, other nodes
     * within {@link #REMEMBER}. Disabling an account likewise takes effect within that time.
     */
    @Transactional(readOnly = true)
    Optional<StaffPrincipal> resolve(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Sm3.hex(token);
        Instant now = clock.instant();
        Remembered known = remembered.get(hash);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.principal());
        }
        var row = jdbc.sql("select account_id, expires_at from identity_api_token where token_hash = :h and not revoked and expires_at > :now")
                .param("h", hash).param("now", Timestamp.from(now))
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getTimestamp(2).toInstant() }).optional();
        Optional<StaffPrincipal> principal = row.flatMap(r -> login.reload((long) r[0]));
        if (principal.isPresent()) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            Instant expires = (Instant) row.get()[1];
            Instant until = now.plus(REMEMBER);
            remembered.put(hash, new Remembered(principal.get(), until.isBefore(expires) ? until : expires));
        } else {
            remembered.remove(hash);
        }
        return principal;
    }

    @Transactional
    public boolean revoke(String token) {
        remembered.remove(Sm3.hex(token));
        return jdbc.sql("update identity_api_token set revoked = true where token_hash = :h")
                .param("h", Sm3.hex(token)).update() > 0;
    }
}
