package org.shegong.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the holiday schedules: reading years, loading a year's official schedule,
 * adding and removing single days and region overlay entries. Every change is validated whole
 * (nothing is stored on bad input), recomputes the {@linkplain ProvisionalDeadlines provisional
 * deadlines} reaching into the year, and reaches every node's {@link WorkingCalendar} (at once on
 * this node after commit, within the refresh interval on others). Callers guard write access
 * (province administrators only).
 */
@Service
public class CalendarManagement {

    private final Schedules schedules;
    private final WorkingCalendar calendar;
    private final ProvisionalDeadlines provisional;
    private final ScheduleRefresher refresher;
    private final Clock clock;

    CalendarManagement(Schedules schedules, WorkingCalendar calendar, ProvisionalDeadlines provisional,
            ScheduleRefresher refresher, Clock clock) {
        this.schedules = schedules;
        this.calendar = calendar;
        this.provisional = provisional;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** Today in Asia/Shanghai by the platform clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Deadline.ZONE));
    }

    /**
     * This year and next year when either lacks an official schedule. The home page shows administrators
     * the message {@code calendar.alert.missingOfficialYear} (argument: the year) for each.
     */
    public List<Integer> missingOfficialYears() {
        return calendar.missingOfficialYears(today());
    }

    /** Every official year plus this year and next year, ascending. */
    public List<CalendarYear> years() {
        Schedule s = calendar.schedule();
        TreeSet<Integer> years = new TreeSet<>(s.officialYears());
        years.add(today().getYear());
        years.add(today().getYear() + 1);
        List<CalendarYear> result = new ArrayList<>();
        years.forEach(y -> result.add(view(s, y)));
        return result;
    }

    /** One year: its official schedule, or the provisional one computed from the statutory holidays. */
    public CalendarYear year(int year) {
        SchedulePolicy.checkYear(year);
        return view(calendar.schedule(), year);
    }

    /** The year's entries in the text form accepted by {@link #loadYear}. */
    public String scheduleText(int year) {
        return ScheduleText.format(year(year).days());
    }

    /** Parses {@code text} (see the admin page for the format) and replaces the year's schedule with it. */
    @Transactional
    public CalendarYear loadYear(int year, String text, String source, String actor) {
        SchedulePolicy.checkYear(year);
        return replaceYear(year, ScheduleText.parse(year, text), source, actor);
    }

    /**
     * Replaces every entry of {@code year} (national and region overlays) with {@code days} and marks the
     * year official. The national entries must make every statutory holiday a rest day.
     */
    @Transactional
    public CalendarYear replaceYear(int year, List<ScheduledDay> days, String source, String actor) {
        SchedulePolicy.check(year, days, true);
        String src = source == null || source.isBlank() ? "—" : source.strip();
        if (src.length() > 200) {
            throw new InvalidInput("source", "calendar.source.tooLong", 200);
        }
        schedules.lockOfficial(year);
        schedules.replaceDays(year, days);
        schedules.markOfficial(year, src, actor, clock.instant());
        return changed(year);
    }

    /**
     * Adds one entry. A national entry needs the year's official schedule to be loaded first; a region
     * overlay entry may be added to any year.
     */
    @Transactional
    public CalendarYear addDay(ScheduledDay day, String actor) {
        int year = day.date().getYear();
        SchedulePolicy.checkYear(year);
        boolean official = schedules.lockOfficial(year);
        if (day.national() && !official) {
            throw new InvalidInput("date", "calendar.day.yearNotOfficial", year);
        }
        List<ScheduledDay> all = new ArrayList<>(schedules.storedDays(year));
        all.add(day);
        SchedulePolicy.check(year, all, official);
        schedules.insert(day);
        if (official) {
            schedules.touch(year, actor, clock.instant());
        }
        return changed(year);
    }

    /** Removes the entry for {@code date} in {@code regionCode} (null = national). */
    @Transactional
    public CalendarYear removeDay(LocalDate date, @Nullable String regionCode, String actor) {
        int year = date.getYear();
        SchedulePolicy.checkYear(year);
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        boolean official = schedules.lockOfficial(year);
        List<ScheduledDay> remaining = new ArrayList<>(schedules.storedDays(year));
        if (!remaining.removeIf(d -> d.date().equals(date) && java.util.Objects.equals(d.regionCode(), region))) {
            throw new NotFound("calendar day", date + (region == null ? "" : "@" + region));
        }
        SchedulePolicy.check(year, remaining, official);
        schedules.delete(date, region);
        if (official) {
            schedules.touch(year, actor, clock.instant());
        }
        return changed(year);
    }

    private CalendarYear changed(int year) {
        Schedule updated = schedules.load();
        provisional.recompute(year, updated);
        refresher.refreshAfterCommit();
        return view(updated, year);
    }

    private static CalendarYear view(Schedule s, int year) {
        Schedule.OfficialYear official = s.officialYear(year);
        return official == null
                ? new CalendarYear(year, YearStatus.PROVISIONAL, null, null, null, s.days(year))
                : new CalendarYear(year, YearStatus.OFFICIAL, official.source(), official.loadedAt(), official.loadedBy(),
                        s.days(year));
    }
}
