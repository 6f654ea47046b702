package org.shegong.partybuilding;

import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.region.RegionCode;

/**
 * A station for new-employment workers with its place, hours (none: open around the clock), services and how
 * many visits it recorded in the last 30 days.
 */
public record Station(long id, String name, RegionCode region, String address, double lat, double lng,
        @Nullable LocalTime opens, @Nullable LocalTime closes, Set<StationService> services, long visitsLast30Days) {
}
