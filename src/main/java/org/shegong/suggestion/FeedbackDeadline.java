package org.shegong.suggestion;

import java.time.Instant;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.WorkingCalendar;

/**
 * The feedback deadline of a suggestion: {@code feedbackDays} calendar days after receipt, the day of receipt not
 * counted, a last day on a rest day moved to the next working day (民法典 §§201, 203; no national limit exists, so the
 * number is configurable, *default* 30).
 */
final class FeedbackDeadline {

    private final WorkingCalendar calendar;
    private final java.util.function.ToIntFunction<String> days;

    FeedbackDeadline(WorkingCalendar calendar, int days) {
        this(calendar, region -> days);
    }

    /** With the number of days per region (a region inherits its parent's setting unless it has its own). */
    FeedbackDeadline(WorkingCalendar calendar, java.util.function.ToIntFunction<String> daysByRegion) {
        this.calendar = calendar;
        this.days = daysByRegion;
    }

    Deadline of(Instant received, String regionCode) {
        return calendar.addCalendarDays(received.atZone(Deadline.ZONE).toLocalDate(), days.applyAsInt(regionCode), regionCode);
    }
}
