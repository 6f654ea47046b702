package org.shegong.demand;

import java.time.LocalDate;

/**
 * The reply deadline of a work order, counted on a year without an official holiday schedule, moved when the
 * schedule was loaded or edited. Carries no requester data: the demand id, the unit holding the order, the dates.
 */
public record WorkOrderDeadlineRecomputed(long demandId, long unitId, LocalDate oldDate, LocalDate newDate) {
}
