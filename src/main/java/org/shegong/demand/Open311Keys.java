package org.shegong.demand;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.InvalidInput;
import org.shegong.identity.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for Open311 partner systems: issued by administrators (shown once, stored as a hash), or
 * configured with {@code SHEGONG_OPEN311_API_KEYS} (comma-separated) for partners set up by operations.
 */
@Service
public class Open311Keys {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Set<String> configuredHashes;
    private final SecureRandom random = new SecureRandom();

    Open311Keys(JdbcClient jdbc, Clock clock, DemandProperties properties) {
        String configured = properties.open311ApiKeys();
        this.jdbc = jdbc;
        this.clock = clock;
        this.configuredHashes = Arrays.stream(configured.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .map(Open311Keys::hash).collect(Collectors.toUnmodifiableSet());
    }

    /** A partner as recorded on the demands it submits. */
    public record Partner(String name, long unitId) {
    }

    public record KeyInfo(String name, String keyPrefix, String createdBy, Instant createdAt, boolean revoked) {
    }

    /** Issues a new key for a partner system; the key is returned once and only its hash is kept. */
    @Transactional
    public String issue(StaffPrincipal admin, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new InvalidInput("name", "demand.open311.keyName");
        }
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String key = "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("insert into demand_open311_key (key_hash, name, unit_id, created_by, created_at) values (:h, :n, :u, :by, :at)")
                .param("h", hash(key)).param("n", n).param("u", admin.unitId()).param("by", admin.username())
                .param("at", Timestamp.from(clock.instant())).update();
        return key;
    }

    @Transactional
    public boolean revoke(String name) {
        return jdbc.sql("update demand_open311_key set revoked = true where name = :n").param("n", name).update() > 0;
    }

    @Transactional(readOnly = true)
    public List<KeyInfo> list() {
        return jdbc.sql("select * from demand_open311_key order by created_at desc")
                .query((rs, i) -> new KeyInfo(rs.getString("name"), rs.getString("key_hash").substring(0, 8),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("revoked")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Partner> resolve(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        String h = hash(key.strip());
        if (configuredHashes.contains(h)) {
            return Optional.of(new Partner("partner", 0));
        }
        return jdbc.sql("select name, unit_id from demand_open311_key where key_hash = :h and not revoked").param("h", h)
                .query((rs, i) -> new Partner(rs.getString("name"), rs.getLong("unit_id"))).optional();
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
