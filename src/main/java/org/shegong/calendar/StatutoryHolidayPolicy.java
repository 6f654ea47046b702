package org.shegong.calendar;

import com.tyme.lunar.LunarDay;
import com.tyme.solar.SolarDay;
import com.tyme.solar.SolarTerm;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statutory holidays themselves (全国年节及纪念日放假办法), and the provisional rest days derived
 * from them for a year whose official schedule is not published yet. Lunar dates and the 清明
 * solar term come from tyme4j.
 * <p>
 * A provisional year has no make-up working days: 调休 is decided by the State Council each year
 * and cannot be computed, so none is invented. The provisional calendar therefore has slightly
 * more working days around long holidays than the official one will have on weekends, and
 * slightly fewer rest days than the official bridges; it is marked provisional everywhere.
 */
final class StatutoryHolidayPolicy {

    /** A statutory holiday day before §6 compensation. */
    record StatutoryDay(LocalDate date, String name) {
    }

    /** The statutory holiday days of {@code year}, in date order, per the version of the 放假办法 in force. */
    static List<StatutoryDay> statutoryDays(int year) {
        List<StatutoryDay> days = new ArrayList<>();
        // 放假办法 §2 (2024 修订, in force 2025-01-01): 元旦 1 day (1/1)
        days.add(new StatutoryDay(LocalDate.of(year, 1, 1), "元旦"));
        LocalDate newYear = solar(LunarDay.fromYmd(year, 1, 1).getSolarDay());
        if (year >= 2025) {
            // 放假办法 §2 (2024): 春节 4 days, 农历除夕、正月初一至初三
            days.add(new StatutoryDay(newYear.minusDays(1), "春节"));
        }
        // 放假办法 §2 (2013 and 2024): 春节 正月初一至初三
        for (int i = 0; i < 3; i++) {
            days.add(new StatutoryDay(newYear.plusDays(i), "春节"));
        }
        // 放假办法 §2: 清明节 1 day, the day of the 清明 solar term
        days.add(new StatutoryDay(solar(SolarTerm.fromName(year, "清明").getSolarDay()), "清明节"));
        // 放假办法 §2: 劳动节 5/1 (2013), 5/1–5/2 (2024 修订)
        days.add(new StatutoryDay(LocalDate.of(year, 5, 1), "劳动节"));
        if (year >= 2025) {
            days.add(new StatutoryDay(LocalDate.of(year, 5, 2), "劳动节"));
        }
        // 放假办法 §2: 端午节 1 day (农历五月初五), 中秋节 1 day (农历八月十五)
        days.add(new StatutoryDay(solar(LunarDay.fromYmd(year, 5, 5).getSolarDay()), "端午节"));
        days.add(new StatutoryDay(solar(LunarDay.fromYmd(year, 8, 15).getSolarDay()), "中秋节"));
        // 放假办法 §2: 国庆节 3 days, 10/1–10/3
        for (int i = 1; i <= 3; i++) {
            days.add(new StatutoryDay(LocalDate.of(year, 10, i), "国庆节"));
        }
        days.sort(Comparator.comparing(StatutoryDay::date));
        return days;
    }

    /**
     * The provisional national rest days of {@code year}: every statutory day, and for each one
     * that falls on a Saturday or Sunday (or on another holiday's day, e.g. 中秋 on 10/1–10/3) a
     * rest day on the next weekday that is not already a rest day.
     */
    static List<ScheduledDay> provisionalYear(int year) {
        Map<LocalDate, String> rest = new TreeMap<>();
        List<StatutoryDay> toCompensate = new ArrayList<>();
        for (StatutoryDay day : statutoryDays(year)) {
            if (isWeekend(day.date()) || rest.containsKey(day.date())) {
                toCompensate.add(day);
                if (!rest.containsKey(day.date())) {
                    rest.put(day.date(), day.name());
                }
            } else {
                rest.put(day.date(), day.name());
            }
        }
        for (StatutoryDay day : toCompensate) {
            // 放假办法 §6: 全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假
            LocalDate d = day.date().plusDays(1);
            while (isWeekend(d) || rest.containsKey(d)) {
                d = d.plusDays(1);
            }
            rest.put(d, day.name());
        }
        List<ScheduledDay> days = new ArrayList<>(rest.size());
        rest.forEach((date, name) -> days.add(ScheduledDay.rest(date, name)));
        return days;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static LocalDate solar(SolarDay day) {
        return LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
    }

    private StatutoryHolidayPolicy() {
    }
}
