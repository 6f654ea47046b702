package org.shegong.demand;

import java.time.Instant;

/** A supervisor approved a reopen request: the demand went back to its lead unit with a new reply deadline. */
public record DemandReopened(DemandId demandId, long unitId, Instant at, Instant replyBy) {
}
