package org.shegong.demand;

import java.time.Instant;

/** A work order's reply deadline is near (within the configured warning period). */
public record WorkOrderDueSoon(long demandId, long unitId, Instant replyBy) {
}
