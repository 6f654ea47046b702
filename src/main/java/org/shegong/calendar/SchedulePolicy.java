package org.shegong.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.InvalidInput;

/** What a year's schedule must satisfy before it is stored. Each failure names the offending entry. */
final class SchedulePolicy {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;
    static final int MAX_NAME = 40;

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput("year", "calendar.year.outOfRange", FIRST_YEAR, LAST_YEAR);
        }
    }

    /** Checks the complete set of entries {@code year} would have; an official year must keep every statutory holiday. */
    static void check(int year, List<ScheduledDay> days, boolean official) {
        checkYear(year);
        Map<String, ScheduledDay> seen = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            ScheduledDay day = days.get(i);
            String field = "days[" + i + "]";
            checkEntry(year, day, field);
            String key = day.date() + "@" + day.regionCode();
            ScheduledDay earlier = seen.putIfAbsent(key, day);
            if (earlier != null) {
                throw earlier.kind() == day.kind()
                        ? new InvalidInput(field, "calendar.day.duplicate", day.date())
                        : new InvalidInput(field, "calendar.day.conflict", day.date());
            }
        }
        if (!official) {
            return;
        }
        // 放假办法 §2: every statutory holiday is a rest day in any official schedule
        Set<LocalDate> nationalRest = days.stream()
                .filter(d -> d.national() && d.kind() == DayKind.REST)
                .map(ScheduledDay::date).collect(Collectors.toSet());
        for (StatutoryHolidayPolicy.StatutoryDay statutory : StatutoryHolidayPolicy.statutoryDays(year)) {
            if (!nationalRest.contains(statutory.date())) {
                throw new InvalidInput("days", "calendar.schedule.missingStatutory", statutory.date(), statutory.name());
            }
        }
    }

    static void checkEntry(int year, ScheduledDay day, String field) {
        if (day.date().getYear() != year) {
            throw new InvalidInput(field, "calendar.day.outsideYear", day.date(), year);
        }
        if (day.name() == null || day.name().isBlank()) {
            throw new InvalidInput(field, "calendar.day.nameRequired");
        }
        if (day.name().length() > MAX_NAME) {
            throw new InvalidInput(field, "calendar.day.nameTooLong", MAX_NAME);
        }
        if (day.regionCode() != null && !RegionPrefix.isWellFormed(day.regionCode())) {
            throw new InvalidInput(field, "calendar.region.malformed", day.regionCode());
        }
        // 调休上班日 only ever turn a weekend day into a working day
        if (day.kind() == DayKind.WORK && !StatutoryHolidayPolicy.isWeekend(day.date())) {
            throw new InvalidInput(field, "calendar.day.workOnWeekday", day.date());
        }
    }

    private SchedulePolicy() {
    }
}
