package org.shegong.region;

import org.jspecify.annotations.Nullable;

/**
 * Data scope: what part of the province an actor may see and change. Staff of a regional unit see
 * everything inside their unit's region; a functional department sees the cases assigned to it
 * ({@link #unitId()}) inside its region. Every repository query that returns business rows takes a
 * {@code Scope} and filters with {@link #regionPrefix()} on full-length codes, so {@code 5101}
 * (成都市) never matches by accident a county code that merely starts with the same digits.
 *
 * <p>It lives in {@code region} because it is a statement about places; {@code identity} derives
 * it from the signed-in account and hands it to web adapters as a method argument.
 */
public record Scope(RegionCode region, @Nullable Long unitId, boolean assignedOnly) {

    public static Scope of(RegionCode region) {
        return new Scope(region, null, false);
    }

    /** A functional department: only the cases assigned to {@code unitId}, inside {@code region}. */
    public static Scope assignedTo(long unitId, RegionCode region) {
        return new Scope(region, unitId, true);
    }

    public static final Scope PROVINCE = of(RegionCode.SICHUAN);

    public boolean covers(RegionCode code) {
        return region.contains(code);
    }

    /** For SQL: {@code region_code LIKE :regionLike}; codes hold digits only, so no escaping is needed. */
    public String regionLike() {
        return region.prefix() + "%";
    }

    /** The significant digits of the scope's region. */
    public String regionPrefix() {
        return region.prefix();
    }
}
