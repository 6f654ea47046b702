package org.shegong.demand;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a call-back round (回访): either the requester was reached (or rated online) with
 * {@code resolved} and {@code satisfaction}, or {@code reached = false} after the last allowed attempt
 * (unreachable; not counted in the rates). {@code round} grows with each reopen; the latest round counts.
 */
public record CallBackRecorded(DemandId demandId, int round, boolean reached, @Nullable Boolean resolved,
        @Nullable Satisfaction satisfaction, String channel, Instant at) {
}
