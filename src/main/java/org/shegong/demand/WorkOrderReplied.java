package org.shegong.demand;

import java.time.Instant;

/** A unit replied on its work order; the lead's reply goes to the requester. {@code onTime}: by the reply deadline. */
public record WorkOrderReplied(DemandId demandId, long unitId, boolean lead, String regionCode, String categoryCode,
        Instant dispatchedAt, Instant at, boolean onTime) {
}
