package org.shegong.demand;

import java.time.Instant;

/** A unit accepted (签收) its work order; {@code onTime} when within the acceptance limit. */
public record WorkOrderAccepted(DemandId demandId, long unitId, boolean lead, String regionCode, String categoryCode,
        Instant dispatchedAt, Instant at, boolean onTime) {
}
