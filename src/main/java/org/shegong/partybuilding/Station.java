package org.shegong.partybuilding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.region.RegionCode;

/**
 * A station for new-employment workers with its place, hours (none: open around the clock), services and how
 * many visits it recorded in the last 30 days, and the volunteer activities held and demands raised there.
 */
@Schema(name = "PartyBuildingStation")
public record Station(StationId id, String name, RegionCode region, String address, double lat, double lng,
        @Nullable LocalTime opens, @Nullable LocalTime closes, Set<StationService> services, long visitsLast30Days,
        List<Link> links) {

    /** What happened at the station: a volunteer activity held there or a demand raised there (by id). */
    @Schema(name = "PartyBuildingStationLink")
    public record Link(Kind kind, long reference) {
    }

    public enum Kind {
        VOLUNTEER_ACTIVITY, DEMAND
    }
}
