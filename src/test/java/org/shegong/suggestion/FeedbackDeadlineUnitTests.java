package org.shegong.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.WorkingCalendars;

class FeedbackDeadlineUnitTests {

    final FeedbackDeadline thirtyDays = new FeedbackDeadline(WorkingCalendars.seeded(), 30);

    @Test
    void thirtyCalendarDaysLandingInTheNationalDayHolidayMoveToTheFirstWorkingDayAfterIt() {
        // received 2026-09-01: day 30 is 2026-10-01, a rest day of 国庆 (10/1–10/7) → 2026-10-08 (民法典 §203)
        Deadline d = thirtyDays.of(ZonedDateTime.of(2026, 9, 1, 23, 59, 0, 0, Deadline.ZONE).toInstant(), "510107000000");
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(d.dueAt()).isEqualTo(Deadline.endOf(LocalDate.of(2026, 10, 8)));
        assertThat(d.explanation()).contains("30");
    }

    @Test
    void theDayOfReceiptIsNotCountedAndAWorkingLastDayStays() {
        // received 2026-11-02 (Monday): day 30 is 2026-12-02, a Wednesday
        Deadline d = thirtyDays.of(ZonedDateTime.of(2026, 11, 2, 0, 0, 0, 0, Deadline.ZONE).toInstant(), "510107000000");
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void aMakeUpWorkingSaturdayIsAWorkingLastDay() {
        // 2026-10-10 is a Saturday worked in exchange for the holiday: received 2026-09-10 + 30 days = 2026-10-10
        Deadline d = thirtyDays.of(ZonedDateTime.of(2026, 9, 10, 12, 0, 0, 0, Deadline.ZONE).toInstant(), "510107000000");
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void theNumberOfDaysIsConfigurable() {
        Deadline d = new FeedbackDeadline(WorkingCalendars.seeded(), 15)
                .of(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, Deadline.ZONE).toInstant(), "510107000000");
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 17));
    }
}
