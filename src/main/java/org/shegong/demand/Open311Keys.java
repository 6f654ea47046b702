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
import org.shegong.Rows;
import org.shegong.duty.CategoryCatalogue;
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
    private final CategoryCatalogue categories;
    private final DemandPermissions permissions;

    Open311Keys(JdbcClient jdbc, Clock clock, DemandProperties properties, CategoryCatalogue categories,
            DemandPermissions permissions) {
        this.categories = categories;
        this.permissions = permissions;
        String configured = properties.open311ApiKeys();
        this.jdbc = jdbc;
        this.clock = clock;
        this.configuredHashes = Arrays.stream(configured.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .map(Open311Keys::hash).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether any partner can call the Open311 API: a key configured for operations or an issued key not revoked. */
    public boolean anyActive() {
        return !configuredHashes.isEmpty()
                || jdbc.sql("select exists (select 1 from demand_open311_key where not revoked)").query(Boolean.class).single();
    }

    /** A partner as recorded on the demands it submits. */
    public record Partner(String name, long unitId) {

        /** The submitter recorded on its demands (and the owner of its Idempotency-Keys). */
        public String submitter() {
            return Open311Keys.submitter(name);
        }
    }

    /** The submitter a partner's demands are recorded under. */
    public static String submitter(String partnerName) {
        return "open311:" + partnerName;
    }

    /** A category's requests open (or closed again) to every partner, coarsened and without personal data. */
    public record CategoryAccess(String categoryCode, boolean open) {
    }

    public record KeyInfo(String name, String keyPrefix, String createdBy, Instant createdAt, boolean revoked) {
    }

    /** Issues a new key for a partner system; the key is returned once and only its hash is kept. */
    @Transactional
    public String issue(StaffPrincipal admin, String name) {
        permissions.require(admin, DemandStep.MANAGE_OPEN311_KEYS);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new InvalidInput("name", "demand.open311.keyName");
        }
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String key = "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("insert into demand_open311_key (key_hash, name, unit_id, created_by, created_at) values (:h, :n, :u, :by, :at)")
                .param("h", hash(key)).param("n", n).param("u", admin.unitId().value()).param("by", admin.username())
                .param("at", Timestamp.from(clock.instant())).update();
        return key;
    }

    @Transactional
    public boolean revoke(StaffPrincipal admin, String name) {
        permissions.require(admin, DemandStep.MANAGE_OPEN311_KEYS);
        return jdbc.sql("update demand_open311_key set revoked = true where name = :n").param("n", name).update() > 0;
    }

    @Transactional(readOnly = true)
    public List<KeyInfo> list() {
        record Key(String name, String keyHash, String createdBy, Instant createdAt, boolean revoked) {
        }
        return jdbc.sql("select * from demand_open311_key order by created_at desc").query(Rows.of(Key.class)).stream()
                .map(k -> new KeyInfo(k.name(), k.keyHash().substring(0, 8), k.createdBy(), k.createdAt(), k.revoked()))
                .toList();
    }

    /**
     * Opens (or closes) a category's requests to every Open311 partner: a province-wide choice
     * ({@link DemandStep#PUBLISH_OPEN311_CATEGORY}); the partners then see them coarsened, without personal data.
     */
    @Transactional
    public CategoryAccess publish(StaffPrincipal admin, String categoryCode, boolean open) {
        permissions.require(admin, DemandStep.PUBLISH_OPEN311_CATEGORY);
        String code = categoryCode == null ? "" : categoryCode.strip();
        if (categories.find(code).filter(c -> !c.isField()).isEmpty()) {
            throw new InvalidInput("categoryCode", "demand.category.unknown", code);
        }
        jdbc.sql("""
                insert into demand_open311_category (category_code, public, changed_by, changed_at) values (:c, :p, :by, :at)
                on conflict (category_code) do update set public = excluded.public, changed_by = excluded.changed_by,
                  changed_at = excluded.changed_at
                """).param("c", code).param("p", open).param("by", admin.username())
                .param("at", Timestamp.from(clock.instant())).update();
        return new CategoryAccess(code, open);
    }

    /** The categories whose requests every partner may read. */
    @Transactional(readOnly = true)
    public Set<String> publicCategories() {
        return Set.copyOf(jdbc.sql("select category_code from demand_open311_category where public").query(String.class).list());
    }

    @Transactional(readOnly = true)
    public Optional<Partner> resolve(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        String h = hash(key.strip());
        if (configuredHashes.contains(h)) {
            // each configured key is its own partner (its requests are its own), named by its hash
            return Optional.of(new Partner("configured-" + h.substring(0, 8), 0));
        }
        return jdbc.sql("select name, unit_id from demand_open311_key where key_hash = :h and not revoked").param("h", h)
                .query(Rows.of(Partner.class)).optional();
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
