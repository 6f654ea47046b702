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

    /** The deadlines of one dispatch; co-handlers reply by their own, earlier {@code coReplyBy}. */
    record ForDispatch(Deadline acceptBy, Deadline returnBy, Deadline replyBy, Deadline coReplyBy, String source) {

        Demand.Assignment lead(long unitId) {
            return new Demand.Assignment(unitId, acceptBy.dueAt(), replyBy.dueAt(), returnBy.dueAt(),
                    note(replyBy, "答复", false), note(replyBy, "reply", true));
        }

        Demand.Assignment coHandler(long unitId) {
            return new Demand.Assignment(unitId, acceptBy.dueAt(), coReplyBy.dueAt(), returnBy.dueAt(),
                    note(coReplyBy, "向主办单位反馈", false), note(coReplyBy, "report to the lead unit", true));
        }

        private String note(Deadline reply, String replyWord, boolean english) {
            return english
                    ? "Acceptance: " + acceptBy.explanationEn() + ". Return window: " + returnBy.explanationEn() + ". "
                            + Character.toUpperCase(replyWord.charAt(0)) + replyWord.substring(1) + ": " + reply.explanationEn()
                            + ". Basis: " + source + "."
                    : "签收：" + acceptBy.explanation() + "。退单：" + returnBy.explanation() + "。" + replyWord + "："
                            + reply.explanation() + "。依据：" + source + "。";
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
                calendar.apply(limits.handling(), dispatchedAt, region.value()),
                calendar.apply(limits.coHandling(), dispatchedAt, region.value()),
                limits.source());
    }

    TimeLimits limits(DemandKind kind, TimeLimitClass limitClass, RegionCode region, @Nullable String category) {
        return policy.limitsFor(kind, limitClass, region.value(), category);
    }
}
