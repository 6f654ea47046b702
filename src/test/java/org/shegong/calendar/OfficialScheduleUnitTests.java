package org.shegong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tyme.holiday.LegalHoliday;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our seeded schedules against the official data tyme4j carries, and the statutory rules against history. */
class OfficialScheduleUnitTests {

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void seededScheduleMatchesTymeLegalHolidayDayByDay(int year) {
        Map<LocalDate, DayKind> ours = new HashMap<>();
        CalendarFixtures.seeded().stream().filter(d -> d.date().getYear() == year).forEach(d -> ours.put(d.date(), d.kind()));
        Map<LocalDate, DayKind> tyme = tymeYear(year);

        assertThat(ours).isEqualTo(tyme);
    }

    @Test
    void seedNamesFollowTymeExceptTheCombinedNationalDay2025() {
        for (ScheduledDay day : CalendarFixtures.seeded()) {
            LegalHoliday h = LegalHoliday.fromYmd(day.date().getYear(), day.date().getMonthValue(), day.date().getDayOfMonth());
            String expected = h.getName().equals("国庆中秋") ? "国庆节、中秋节" : h.getName();
            assertThat(day.name()).as(day.toString()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void everyStatutoryHolidayWasARestDayInTheOfficialSchedule(int year) {
        Set<LocalDate> rest = tymeYear(year).entrySet().stream()
                .filter(e -> e.getValue() == DayKind.REST).map(Map.Entry::getKey).collect(Collectors.toSet());

        assertThat(StatutoryHolidayPolicy.statutoryDays(year))
                .allSatisfy(day -> assertThat(rest).as(day.toString()).contains(day.date()));
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void seededSchedulesPassTheSchedulePolicy(int year) {
        SchedulePolicy.check(year, CalendarFixtures.seeded().stream().filter(d -> d.date().getYear() == year).toList(), true);
    }

    private static Map<LocalDate, DayKind> tymeYear(int year) {
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            LegalHoliday h = LegalHoliday.fromYmd(year, d.getMonthValue(), d.getDayOfMonth());
            if (h != null) {
                days.put(d, h.isWork() ? DayKind.WORK : DayKind.REST);
            }
        }
        return days;
    }
}
