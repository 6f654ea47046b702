package org.shegong.demand;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deadline of a work order, counted on a year without an official holiday schedule, moved when the schedule was
 * loaded or edited: its reply deadline ({@code deadline} {@code REPLY}), or while it waits to be accepted its acceptance
 * ({@code ACCEPT}) or return-window ({@code RETURN}) deadline. Carries no requester data: the demand id, the unit
 * holding the order, which deadline and the dates. ({@code deadline} is null in events stored before it existed: a reply.)
 */
public record WorkOrderDeadlineRecomputed(DemandId demandId, long unitId, @Nullable String deadline, LocalDate oldDate,
        LocalDate newDate) {

    public WorkOrderDeadlineRecomputed(DemandId demandId, long unitId, LocalDate oldDate, LocalDate newDate) {
        this(demandId, unitId, "REPLY", oldDate, newDate);
    }
}
