package org.shegong.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of every loaded schedule: official years with their national days, and
 * region overlays. Years without an official schedule are computed on first use from
 * {@link StatutoryHolidayPolicy} and memoised.
 */
final class Schedule {

    /** Metadata of an official year. */
    record OfficialYear(int year, String source, Instant loadedAt, String loadedBy) {
    }

    private final Map<Integer, OfficialYear> official;
    private final Map<LocalDate, ScheduledDay> national;
    private final Map<LocalDate, List<ScheduledDay>> overlays;
    private final Map<Integer, Map<LocalDate, ScheduledDay>> provisional = new ConcurrentHashMap<>();

    Schedule(Collection<OfficialYear> officialYears, Collection<ScheduledDay> days) {
        Map<Integer, OfficialYear> years = new HashMap<>();
        officialYears.forEach(y -> years.put(y.year(), y));
        Map<LocalDate, ScheduledDay> nat = new HashMap<>();
        Map<LocalDate, List<ScheduledDay>> over = new HashMap<>();
        for (ScheduledDay day : days) {
            if (day.national()) {
                if (years.containsKey(day.date().getYear())) {
                    nat.put(day.date(), day);
                }
            } else {
                over.computeIfAbsent(day.date(), d -> new ArrayList<>()).add(day);
            }
        }
        // most specific region first, so that the first match wins
        over.values().forEach(list -> list.sort(
                Comparator.comparingInt((ScheduledDay d) -> RegionPrefix.significant(d.regionCode()).length()).reversed()));
        this.official = Map.copyOf(years);
        this.national = Map.copyOf(nat);
        this.overlays = Map.copyOf(over);
    }

    static Schedule empty() {
        return new Schedule(List.of(), List.of());
    }

    boolean isOfficial(int year) {
        return official.containsKey(year);
    }

    @Nullable OfficialYear officialYear(int year) {
        return official.get(year);
    }

    List<Integer> officialYears() {
        return official.keySet().stream().sorted().toList();
    }

    /** The entry that decides {@code date} in {@code regionCode} (null = national), or null for an ordinary day. */
    @Nullable ScheduledDay entry(LocalDate date, @Nullable String regionCode) {
        if (regionCode != null && !overlays.isEmpty()) {
            List<ScheduledDay> candidates = overlays.get(date);
            if (candidates != null) {
                for (ScheduledDay candidate : candidates) {
                    if (RegionPrefix.covers(candidate.regionCode(), regionCode)) {
                        return candidate;
                    }
                }
            }
        }
        if (official.containsKey(date.getYear())) {
            return national.get(date);
        }
        return provisionalDays(date.getYear()).get(date);
    }

    boolean isWorkingDay(LocalDate date, @Nullable String regionCode) {
        ScheduledDay entry = entry(date, regionCode);
        if (entry != null) {
            return entry.kind() == DayKind.WORK;
        }
        return !StatutoryHolidayPolicy.isWeekend(date);
    }

    /** The national days of {@code year} (official or provisional) followed by its region overlays, by date. */
    List<ScheduledDay> days(int year) {
        List<ScheduledDay> result = new ArrayList<>();
        if (official.containsKey(year)) {
            national.values().stream().filter(d -> d.date().getYear() == year).forEach(result::add);
        } else {
            result.addAll(provisionalDays(year).values());
        }
        result.sort(Comparator.comparing(ScheduledDay::date));
        List<ScheduledDay> regional = new ArrayList<>();
        overlays.values().forEach(list -> list.stream().filter(d -> d.date().getYear() == year).forEach(regional::add));
        regional.sort(Comparator.comparing(ScheduledDay::date).thenComparing(d -> String.valueOf(d.regionCode())));
        result.addAll(regional);
        return result;
    }

    private Map<LocalDate, ScheduledDay> provisionalDays(int year) {
        return provisional.computeIfAbsent(year, y -> {
            Map<LocalDate, ScheduledDay> map = new HashMap<>();
            StatutoryHolidayPolicy.provisionalYear(y).forEach(d -> map.put(d.date(), d));
            return Map.copyOf(map);
        });
    }
}
