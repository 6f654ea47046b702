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
    private final int days;

    FeedbackDeadline(WorkingCalendar calendar, int days) {
        this.calendar = calendar;
        this.days = days;
    }

    Deadline of(Instant received, String regionCode) {
        return calendar.addCalendarDays(received.atZone(Deadline.ZONE).toLocalDate(), days, regionCode);
    }
}
