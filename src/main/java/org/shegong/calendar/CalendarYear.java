package org.shegong.calendar;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A year's schedule as the calendar uses it.
 *
 * @param year     the year
 * @param status   {@link YearStatus#OFFICIAL} when loaded by an administrator, otherwise computed
 * @param source   where the official schedule comes from (e.g. the State Council notice); null when provisional
 * @param loadedAt when it was loaded; null when provisional
 * @param loadedBy who loaded it; null when provisional
 * @param days     national entries (official, or computed rest days when provisional) followed by region overlays
 */
public record CalendarYear(int year, YearStatus status, @Nullable String source, @Nullable Instant loadedAt,
        @Nullable String loadedBy, List<ScheduledDay> days) {

    public CalendarYear {
        days = List.copyOf(days);
    }

    public boolean official() {
        return status == YearStatus.OFFICIAL;
    }

    public long restDays() {
        return days.stream().filter(d -> d.national() && d.kind() == DayKind.REST).count();
    }

    public long workDays() {
        return days.stream().filter(d -> d.national() && d.kind() == DayKind.WORK).count();
    }
}
