package org.shegong.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * Deadline arithmetic on the Chinese working-day calendar.
 * <p>
 * Working days are Monday to Friday, minus holiday rest days, plus make-up working days (调休上班日),
 * from the official schedule of each year; a year without one is computed from the statutory
 * holidays and every deadline that depends on it is {@linkplain Deadline#provisional() provisional}.
 * Never a weekends-only fallback. A region code (12-digit division code, or a 15-digit grid code)
 * applies that region's overlays (e.g. 彝族年 in 凉山州); {@code null} means national.
 * <p>
 * The start day is never counted (民法典 §201). Thread-safe; the schedule is an immutable snapshot
 * replaced when an administrator edits it.
 */
public class WorkingCalendar {

    private final AtomicReference<Schedule> schedule;

    WorkingCalendar(Schedule schedule) {
        this.schedule = new AtomicReference<>(schedule);
    }

    void replace(Schedule next) {
        schedule.set(next);
    }

    Schedule schedule() {
        return schedule.get();
    }

    /** Whether {@code date} is a working day nationally. */
    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date, null);
    }

    /** Whether {@code date} is a working day in {@code regionCode} (null = national). */
    public boolean isWorkingDay(LocalDate date, @Nullable String regionCode) {
        return schedule.get().isWorkingDay(date, checkedRegion(regionCode));
    }

    /** Whether the national schedule of {@code year} is the official one. */
    public boolean isOfficial(int year) {
        return schedule.get().isOfficial(year);
    }

    /**
     * The years among {@code today}'s year and the next one that have no official schedule: deadlines
     * reaching them are provisional and an administrator should load the schedule.
     */
    public List<Integer> missingOfficialYears(LocalDate today) {
        Schedule s = schedule.get();
        List<Integer> missing = new ArrayList<>();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            if (!s.isOfficial(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /** {@code n} working days after {@code from}, nationally. */
    public Deadline addWorkingDays(LocalDate from, int n) {
        return addWorkingDays(from, n, null);
    }

    /** {@code n} working days after {@code from} (not counted) in {@code regionCode}; ends 24:00 of the last one. */
    public Deadline addWorkingDays(LocalDate from, int n, @Nullable String regionCode) {
        DeadlineRule rule = DeadlineRule.workingDays(checkedAmount(n));
        String region = checkedRegion(regionCode);
        Schedule s = schedule.get();
        LocalDate d = from;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (s.isWorkingDay(d, region)) {
                counted++;
            }
        }
        List<Integer> provisionalYears = n == 0 ? List.of() : provisionalYears(s, from.plusDays(1), d);
        return new Deadline(d, Deadline.endOf(d), !provisionalYears.isEmpty(), rule,
                DeadlineExplanation.workingDaysZh(s, region, from, n, d, provisionalYears),
                DeadlineExplanation.workingDaysEn(s, region, from, n, d, provisionalYears));
    }

    /** {@code n} calendar days after {@code from}, nationally, with roll-over. */
    public Deadline addCalendarDays(LocalDate from, int n) {
        return addCalendarDays(from, n, null);
    }

    /**
     * {@code n} calendar days after {@code from} (not counted); when the last day is a rest day in
     * {@code regionCode} (holiday, or weekend that is not a make-up working day) the deadline moves to
     * the next working day.
     */
    public Deadline addCalendarDays(LocalDate from, int n, @Nullable String regionCode) {
        DeadlineRule rule = DeadlineRule.calendarDays(checkedAmount(n));
        String region = checkedRegion(regionCode);
        Schedule s = schedule.get();
        LocalDate last = from.plusDays(n);
        LocalDate d = last;
        // 民法典 §203: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日
        while (!s.isWorkingDay(d, region)) {
            d = d.plusDays(1);
        }
        List<Integer> provisionalYears = provisionalYears(s, last, d);
        return new Deadline(d, Deadline.endOf(d), !provisionalYears.isEmpty(), rule,
                DeadlineExplanation.calendarDaysZh(s, region, from, n, last, d, provisionalYears),
                DeadlineExplanation.calendarDaysEn(s, region, from, n, last, d, provisionalYears));
    }

    /** {@code hours} clock hours after {@code start}, 7×24: holidays do not matter. */
    public Deadline addHours(Instant start, int hours) {
        DeadlineRule rule = DeadlineRule.hours(checkedAmount(hours));
        Instant due = start.plus(hours, ChronoUnit.HOURS);
        return new Deadline(due.atZone(Deadline.ZONE).toLocalDate(), due, false, rule,
                DeadlineExplanation.hoursZh(start, hours, due), DeadlineExplanation.hoursEn(start, hours, due));
    }

    /** Applies {@code rule} from {@code from}; an hour rule counts from the start of that day. */
    public Deadline apply(DeadlineRule rule, LocalDate from, @Nullable String regionCode) {
        return switch (rule.unit()) {
            case WORKING_DAYS -> addWorkingDays(from, rule.amount(), regionCode);
            case CALENDAR_DAYS -> addCalendarDays(from, rule.amount(), regionCode);
            case HOURS -> addHours(from.atStartOfDay(Deadline.ZONE).toInstant(), rule.amount());
        };
    }

    /** Applies {@code rule} from {@code start}: day rules count from its local date in Asia/Shanghai. */
    public Deadline apply(DeadlineRule rule, Instant start, @Nullable String regionCode) {
        if (rule.unit() == DeadlineRule.Unit.HOURS) {
            return addHours(start, rule.amount());
        }
        return apply(rule, start.atZone(Deadline.ZONE).toLocalDate(), regionCode);
    }

    private static List<Integer> provisionalYears(Schedule s, LocalDate first, LocalDate last) {
        List<Integer> years = new ArrayList<>();
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            if (!s.isOfficial(y)) {
                years.add(y);
            }
        }
        return years;
    }

    private static int checkedAmount(int n) {
        if (n < 0 || n > DeadlineRule.MAX_AMOUNT) {
            throw new InvalidInput("amount", "calendar.deadline.amountOutOfRange", DeadlineRule.MAX_AMOUNT);
        }
        return n;
    }

    private static @Nullable String checkedRegion(@Nullable String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return null;
        }
        String code = regionCode.trim();
        if (!RegionPrefix.isWellFormed(code)) {
            throw new InvalidInput("region", "calendar.region.malformed", code);
        }
        return code;
    }

    @Override
    public String toString() {
        return "WorkingCalendar" + Objects.requireNonNull(schedule.get()).officialYears();
    }
}
