package org.shegong.demand;

import java.time.Instant;

/**
 * A work order went to a unit, as lead ({@code lead = true}) or co-handler. {@code at} fixes the month the
 * order is assessed in; {@code acceptBy} and {@code replyBy} are its limits.
 */
public record DemandDispatched(DemandId demandId, long unitId, boolean lead, String regionCode, String categoryCode,
        DemandKind kind, Instant at, Instant acceptBy, Instant replyBy) {
}
