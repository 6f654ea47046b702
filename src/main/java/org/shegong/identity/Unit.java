package org.shegong.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.region.RegionCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A unit (单位): an organisation that acts, placed at a region. */
@Table("identity_unit")
class Unit {

    @Id
    private @Nullable Long id;
    private String name;
    private UnitKind kind;
    private String regionCode;
    private boolean active;
    @Version
    private int version;
    private Instant createdAt;

    @PersistenceCreator
    Unit(@Nullable Long id, String name, UnitKind kind, String regionCode, boolean active, int version, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.regionCode = regionCode;
        this.active = active;
        this.version = version;
        this.createdAt = createdAt;
    }

    static Unit create(String name, UnitKind kind, RegionCode region, Instant now) {
        return new Unit(null, validName(name), kind, region.value(), true, 0, now);
    }

    void rename(String newName) {
        this.name = validName(newName);
    }

    void deactivate() {
        this.active = false;
    }

    void activate() {
        this.active = true;
    }

    private static String validName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new InvalidInput("name", "identity.unit.name.invalid");
        }
        return n;
    }

    UnitId id() {
        if (id == null) {
            throw new IllegalStateException("unit not saved");
        }
        return new UnitId(id);
    }

    String name() {
        return name;
    }

    UnitKind kind() {
        return kind;
    }

    RegionCode region() {
        return RegionCode.of(regionCode);
    }

    boolean active() {
        return active;
    }

    int version() {
        return version;
    }

    UnitView view() {
        return new UnitView(id(), name, kind, region(), active, version);
    }
}
