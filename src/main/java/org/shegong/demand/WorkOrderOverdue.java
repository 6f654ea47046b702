package org.shegong.demand;

import java.time.Instant;

/** A work order passed its reply deadline without a reply. For the unit's inbox and its supervisor. */
public record WorkOrderOverdue(long demandId, long unitId, Instant replyBy) {
}
