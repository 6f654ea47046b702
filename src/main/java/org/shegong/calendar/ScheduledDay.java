package org.shegong.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a holiday schedule.
 *
 * @param date       the day
 * @param kind       rest day or make-up working day
 * @param name       the holiday it belongs to, e.g. 春节
 * @param regionCode {@code null} for the national schedule; otherwise the 12-digit division code (15 for a
 *                   grid) of the region where this entry overrides the national one, including every region inside it
 */
public record ScheduledDay(LocalDate date, DayKind kind, String name, @Nullable String regionCode) {

    public static ScheduledDay rest(LocalDate date, String name) {
        return new ScheduledDay(date, DayKind.REST, name, null);
    }

    public static ScheduledDay work(LocalDate date, String name) {
        return new ScheduledDay(date, DayKind.WORK, name, null);
    }

    public boolean national() {
        return regionCode == null;
    }
}
