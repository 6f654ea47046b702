package org.shegong.demand;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.WorkingCalendar;
import org.shegong.region.RegionCode;

/**
 * Turns the applicable {@link TimeLimits} into dated deadlines on the working-day calendar of the
 * demand's region. Dispatch is counted from receipt; acceptance, return window and handling from
 * dispatch (the unit cannot act before it has the order).
 */
final class DemandDeadlines {

    private final WorkingCalendar calendar;
    private final TimeLimitPolicy policy;

    DemandDeadlines(WorkingCalendar calendar, TimeLimitPolicy policy) {
        this.calendar = calendar;
        this.policy = policy;
    }

    record ForDispatch(Deadline acceptBy, Deadline returnBy, Deadline replyBy) {

        Demand.Assignment assignment(long unitId) {
            return new Demand.Assignment(unitId, acceptBy.dueAt(), replyBy.dueAt(), returnBy.dueAt());
        }
    }

    Deadline dispatchBy(DemandKind kind, TimeLimitClass limitClass, RegionCode region, @Nullable String category,
            Instant receivedAt) {
        return calendar.apply(limits(kind, limitClass, region, category).dispatch(), receivedAt, region.value());
    }

    ForDispatch forDispatch(DemandKind kind, TimeLimitClass limitClass, RegionCode region, @Nullable String category,
            Instant dispatchedAt) {
        TimeLimits limits = limits(kind, limitClass, region, category);
        return new ForDispatch(
                calendar.apply(limits.acceptance(), dispatchedAt, region.value()),
                calendar.apply(limits.returnWindow(), dispatchedAt, region.value()),
                calendar.apply(limits.handling(), dispatchedAt, region.value()));
    }

    TimeLimits limits(DemandKind kind, TimeLimitClass limitClass, RegionCode region, @Nullable String category) {
        return policy.limitsFor(kind, limitClass, region.value(), category);
    }
}
