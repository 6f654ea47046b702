package org.shegong.petition;

import java.time.Instant;
import java.time.LocalDate;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.DeadlineRule;
import org.shegong.calendar.WorkingCalendar;

/**
 * Computes each limit of the petition track on the working calendar of the petition's region: calendar-day
 * limits roll over a last day that is a rest day (民法典 §203), the objection window counts working days.
 */
final class StatutoryLimits {

    private final WorkingCalendar calendar;

    StatutoryLimits(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    Due due(Limit limit, Instant from, String regionCode, long unitId) {
        return due(limit, limit.rule(), from, regionCode, unitId);
    }

    /** A limit with extra days on top of its rule: the extension (§34) or the hearing time excluded (§36). */
    Due due(Limit limit, int extraDays, Instant from, String regionCode, long unitId) {
        DeadlineRule r = limit.rule();
        return due(limit, new DeadlineRule(r.unit(), r.amount() + extraDays), from, regionCode, unitId);
    }

    private Due due(Limit limit, DeadlineRule rule, Instant from, String regionCode, long unitId) {
        LocalDate start = from.atZone(Deadline.ZONE).toLocalDate();
        Deadline d = calendar.apply(rule, start, regionCode);
        return new Due(limit, d.date(), d.dueAt(), d.explanation(), d.explanationEn(), unitId, null);
    }
}
