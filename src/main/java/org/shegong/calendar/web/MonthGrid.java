package org.shegong.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.calendar.CalendarYear;
import org.shegong.calendar.DayKind;
import org.shegong.calendar.ScheduledDay;

/** A year as twelve month grids (Monday first) marking national rest and make-up working days. */
record MonthGrid(int month, List<List<Cell>> weeks) {

    /** One square of the grid; {@code day == 0} pads the first and last week. */
    record Cell(int day, @Nullable LocalDate date, String css, @Nullable String name) {
    }

    static List<MonthGrid> of(CalendarYear year) {
        Map<LocalDate, ScheduledDay> national = new HashMap<>();
        year.days().stream().filter(ScheduledDay::national).forEach(d -> national.put(d.date(), d));
        List<MonthGrid> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year.year(), m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int pad = 1; pad < ym.atDay(1).getDayOfWeek().getValue(); pad++) {
                week.add(new Cell(0, null, "cal-pad", null));
            }
            for (int day = 1; day <= ym.lengthOfMonth(); day++) {
                LocalDate date = ym.atDay(day);
                ScheduledDay entry = national.get(date);
                boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                String css = entry != null ? (entry.kind() == DayKind.REST ? "cal-rest" : "cal-work")
                        : weekend ? "cal-weekend" : "cal-day";
                week.add(new Cell(day, date, css, entry == null ? null : entry.name()));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(0, null, "cal-pad", null));
                }
                weeks.add(week);
            }
            months.add(new MonthGrid(m, weeks));
        }
        return months;
    }
}
