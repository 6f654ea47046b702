package org.shegong.demand;

import java.time.LocalDate;

/**
 * The dispatch deadline of a demand still waiting to be dispatched, counted on a year without an official holiday
 * schedule, moved when the schedule was loaded or edited. {@code regionCode} is where the demand belongs (its
 * dispatch is answered for by that region's supervising unit); no requester data.
 */
public record DispatchDeadlineRecomputed(DemandId demandId, String regionCode, LocalDate oldDate, LocalDate newDate) {
}
