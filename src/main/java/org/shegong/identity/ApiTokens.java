package org.shegong.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.Grouped;
import org.shegong.Role;
import org.shegong.Rows;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API clients: random, stored only as their SM3 hash, expiring, revocable, and void once the
 * account's rights change (its security version moves on).
 */
@Component
public class ApiTokens {

    private final JdbcClient jdbc;
    private final StaffLogin login;
    private final Clock clock;
    private final IdentityProperties.Login settings;
    private final SecureRandom random = new SecureRandom();
    private final Grouped<String, Optional<Holder>> reads;

    ApiTokens(JdbcClient jdbc, StaffLogin login, Clock clock, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.login = login;
        this.clock = clock;
        this.settings = properties.login();
        this.reads = new Grouped<>(64, 2, this::read);
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
        jdbc.sql("""
                insert into identity_api_token (token_hash, account_id, issued_at, expires_at, security_version)
                values (:h, :a, :i, :e, :v)
                """)
                .param("h", Sm3.hex(token)).param("a", principal.accountId().value()).param("v", principal.securityVersion())
                .param("i", Timestamp.from(now)).param("e", Timestamp.from(expires)).update();
        jdbc.sql("delete from identity_api_token where expires_at < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(java.time.Duration.ofDays(7)))).update();
        return new Issued(token, expires);
    }

    /**
     * The account behind a token, read fresh on every call (decision 0003: nothing is cached) in one statement: the
     * token, its account with its roles and its unit. On the path of every API request, so one round trip without a
     * transaction of its own — and the tokens of requests arriving together are read in one statement
     * ({@link Grouped}): each request's read still begins after the request did, so a token ended before a request
     * arrived is never honoured for it.
     */
    Optional<StaffPrincipal> resolve(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return reads.call(Sm3.hex(token)).map(Holder::principal);
    }

    /** The holders of a group of token hashes, in the order asked; a hash with no live token has none. */
    private List<Optional<Holder>> read(List<String> hashes) {
        // a token ends with the rights it was issued under: disabling, role or unit change, password reset
        Map<String, Holder> found = new HashMap<>();
        jdbc.sql("""
                select t.token_hash, a.id, a.username, a.display_name, a.must_change_password, a.security_version,
                       u.id as unit_id, u.name as unit_name, u.kind, u.region_code,
                       array(select r.role from identity_account_role r where r.account_id = a.id) as roles
                from identity_api_token t join identity_account a on a.id = t.account_id
                  join identity_unit u on u.id = a.unit_id
                where t.token_hash = any(:h) and not t.revoked and t.expires_at > :now
                  and a.enabled and t.security_version = a.security_version
                """)
                .param("h", new LinkedHashSet<>(hashes).toArray(String[]::new))
                .param("now", Timestamp.from(clock.instant()))
                .query(Rows.of(Holder.class)).list().forEach(h -> found.put(h.tokenHash(), h));
        return hashes.stream().map(h -> Optional.ofNullable(found.get(h))).toList();
    }

    /** The token holder's account, unit and roles (a {@code text[]}). */
    private record Holder(String tokenHash, AccountId id, String username, String displayName, UnitId unitId,
            String unitName, UnitKind kind, String regionCode, List<String> roles, boolean mustChangePassword, int securityVersion) {

        StaffPrincipal principal() {
            Set<Role> granted = EnumSet.noneOf(Role.class);
            roles.forEach(r -> granted.add(Role.valueOf(r)));
            return new StaffPrincipal(id, username, displayName, unitId, unitName, kind, RegionCode.of(regionCode),
                    granted, mustChangePassword, securityVersion);
        }
    }

    @Transactional
    public boolean revoke(String token) {
        return jdbc.sql("update identity_api_token set revoked = true where token_hash = :h")
                .param("h", Sm3.hex(token)).update() > 0;
    }
}
