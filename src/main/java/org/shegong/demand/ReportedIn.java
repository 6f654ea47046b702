package org.shegong.demand;

import java.time.Instant;

/** 报到: a summoned department reported; {@code onTime} when by its report deadline. */
public record ReportedIn(DemandId demandId, long unitId, String regionCode, String categoryCode, Instant summonedAt,
        Instant at, boolean onTime) {
}
