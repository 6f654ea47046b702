package org.shegong.calendar;

/** A working calendar with the seeded 2025/2026 official schedules, for other modules' unit tests. */
public final class WorkingCalendars {

    private WorkingCalendars() {
    }

    public static WorkingCalendar seeded() {
        return CalendarFixtures.seededCalendar();
    }
}
