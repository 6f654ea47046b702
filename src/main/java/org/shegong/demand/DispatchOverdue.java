package org.shegong.demand;

import java.time.Instant;

/** A registered demand was not dispatched by its dispatch deadline. For the hotline's supervisors. */
public record DispatchOverdue(long demandId, Instant dispatchBy) {
}
