package org.shegong.demand;

import java.time.Instant;

/** A demand was closed (after its call-back, or a rejected reopen request). */
public record DemandClosed(DemandId demandId, Instant at) {
}
