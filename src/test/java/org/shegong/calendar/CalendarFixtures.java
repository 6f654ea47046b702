package org.shegong.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The official 2025 and 2026 schedules exactly as V2__calendar.sql seeds them, and calendars built on them. */
final class CalendarFixtures {

    /** 凉山彝族自治州, for region overlay examples. */
    static final String LIANGSHAN = "513400000000";
    /** 西昌市, inside 凉山州. */
    static final String XICHANG = "513401000000";
    /** 成都市, outside 凉山州. */
    static final String CHENGDU = "510100000000";

    static List<ScheduledDay> official2025() {
        List<ScheduledDay> days = new ArrayList<>();
        rest(days, "2025-01-01", "2025-01-01", "元旦");
        work(days, "2025-01-26", "春节");
        rest(days, "2025-01-28", "2025-02-04", "春节");
        work(days, "2025-02-08", "春节");
        rest(days, "2025-04-04", "2025-04-06", "清明节");
        work(days, "2025-04-27", "劳动节");
        rest(days, "2025-05-01", "2025-05-05", "劳动节");
        rest(days, "2025-05-31", "2025-06-02", "端午节");
        work(days, "2025-09-28", "国庆节、中秋节");
        rest(days, "2025-10-01", "2025-10-08", "国庆节、中秋节");
        work(days, "2025-10-11", "国庆节、中秋节");
        return days;
    }

    static List<ScheduledDay> official2026() {
        List<ScheduledDay> days = new ArrayList<>();
        rest(days, "2026-01-01", "2026-01-03", "元旦");
        work(days, "2026-01-04", "元旦");
        work(days, "2026-02-14", "春节");
        rest(days, "2026-02-15", "2026-02-23", "春节");
        work(days, "2026-02-28", "春节");
        rest(days, "2026-04-04", "2026-04-06", "清明节");
        rest(days, "2026-05-01", "2026-05-05", "劳动节");
        work(days, "2026-05-09", "劳动节");
        rest(days, "2026-06-19", "2026-06-21", "端午节");
        work(days, "2026-09-20", "国庆节");
        rest(days, "2026-09-25", "2026-09-27", "中秋节");
        rest(days, "2026-10-01", "2026-10-07", "国庆节");
        work(days, "2026-10-10", "国庆节");
        return days;
    }

    static List<ScheduledDay> seeded() {
        List<ScheduledDay> days = new ArrayList<>(official2025());
        days.addAll(official2026());
        return days;
    }

    /** The seeded state: 2025 and 2026 official, everything else provisional. */
    static Schedule seededSchedule(ScheduledDay... overlays) {
        List<ScheduledDay> days = new ArrayList<>(seeded());
        days.addAll(List.of(overlays));
        return new Schedule(List.of(official(2025), official(2026)), days);
    }

    static WorkingCalendar seededCalendar(ScheduledDay... overlays) {
        return new WorkingCalendar(seededSchedule(overlays));
    }

    static Schedule.OfficialYear official(int year) {
        return new Schedule.OfficialYear(year, "国务院办公厅关于" + year + "年部分节假日安排的通知",
                Instant.parse((year - 1) + "-11-12T00:00:00Z"), "test");
    }

    /**
     * An invented "official" 2027 schedule for tests of loading a year (the real one is not published):
     * the statutory days, bridges and make-up days in the usual pattern.
     */
    static List<ScheduledDay> invented2027() {
        List<ScheduledDay> days = new ArrayList<>();
        rest(days, "2027-01-01", "2027-01-03", "元旦");
        work(days, "2027-02-20", "春节");
        rest(days, "2027-02-05", "2027-02-13", "春节");
        rest(days, "2027-04-03", "2027-04-05", "清明节");
        rest(days, "2027-05-01", "2027-05-05", "劳动节");
        work(days, "2027-04-25", "劳动节");
        rest(days, "2027-06-09", "2027-06-09", "端午节");
        rest(days, "2027-09-15", "2027-09-15", "中秋节");
        rest(days, "2027-10-01", "2027-10-07", "国庆节");
        work(days, "2027-09-26", "国庆节");
        work(days, "2027-10-09", "国庆节");
        return days;
    }

    private static void rest(List<ScheduledDay> days, String first, String last, String name) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            days.add(ScheduledDay.rest(d, name));
        }
    }

    private static void work(List<ScheduledDay> days, String date, String name) {
        days.add(ScheduledDay.work(LocalDate.parse(date), name));
    }

    private CalendarFixtures() {
    }
}
