package org.shegong.volunteer;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/** When a volunteer is free to serve. */
public enum Availability {
    WEEKDAY, EVENING, WEEKEND;

    /** Whether a shift starting at {@code start} (Beijing time) falls in this availability. */
    boolean covers(ZonedDateTime start) {
        boolean weekend = start.getDayOfWeek() == DayOfWeek.SATURDAY || start.getDayOfWeek() == DayOfWeek.SUNDAY;
        return switch (this) {
            case WEEKEND -> weekend;
            case WEEKDAY -> !weekend && start.getHour() < 18;
            case EVENING -> !weekend && start.getHour() >= 18;
        };
    }
}
