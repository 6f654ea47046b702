package org.shegong.calendar;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class SchedulePolicyUnitTests {

    private static List<ScheduledDay> with(ScheduledDay extra) {
        List<ScheduledDay> days = new ArrayList<>(CalendarFixtures.invented2027());
        days.add(extra);
        return days;
    }

    @Test
    void acceptsAScheduleThatKeepsEveryStatutoryHoliday() {
        assertThatCode(() -> SchedulePolicy.check(2027, CalendarFixtures.invented2027(), true)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnOfficialScheduleWithoutAStatutoryHoliday() {
        // 2027-02-05 is 除夕, a statutory holiday since the 2024 amendment
        List<ScheduledDay> days = CalendarFixtures.invented2027().stream()
                .filter(d -> !d.date().equals(LocalDate.of(2027, 2, 5))).toList();
        assertInvalid(() -> SchedulePolicy.check(2027, days, true), "calendar.schedule.missingStatutory");
        assertThatCode(() -> SchedulePolicy.check(2027, days, false)).doesNotThrowAnyException();
    }

    @Test
    void refusesDuplicateAndConflictingEntriesButAllowsTheSameDayInAnotherRegion() {
        assertInvalid(() -> SchedulePolicy.check(2027, with(ScheduledDay.rest(LocalDate.of(2027, 1, 1), "元旦")), true),
                "calendar.day.duplicate");
        assertInvalid(() -> SchedulePolicy.check(2027, with(ScheduledDay.work(LocalDate.of(2027, 1, 2), "元旦")), true),
                "calendar.day.conflict");
        assertThatCode(() -> SchedulePolicy.check(2027,
                with(new ScheduledDay(LocalDate.of(2027, 1, 2), DayKind.WORK, "调整", "513400000000")), true))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesMakeUpWorkingDaysOnWeekdaysEntriesOutsideTheYearAndBadNamesOrRegions() {
        assertInvalid(() -> SchedulePolicy.check(2027, with(ScheduledDay.work(LocalDate.of(2027, 2, 22), "春节")), true),
                "calendar.day.workOnWeekday");
        assertInvalid(() -> SchedulePolicy.check(2027, with(ScheduledDay.rest(LocalDate.of(2028, 1, 1), "元旦")), true),
                "calendar.day.outsideYear");
        assertInvalid(() -> SchedulePolicy.check(2027, with(ScheduledDay.rest(LocalDate.of(2027, 3, 1), " ")), true),
                "calendar.day.nameRequired");
        assertInvalid(() -> SchedulePolicy.check(2027, with(ScheduledDay.rest(LocalDate.of(2027, 3, 1), "节".repeat(41))), true),
                "calendar.day.nameTooLong");
        assertInvalid(() -> SchedulePolicy.check(2027,
                with(new ScheduledDay(LocalDate.of(2027, 3, 1), DayKind.REST, "节", "5134")), true), "calendar.region.malformed");
        assertInvalid(() -> SchedulePolicy.checkYear(2100), "calendar.year.outOfRange");
    }

    private static void assertInvalid(Runnable check, String key) {
        assertThatThrownBy(check::run).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo(key);
    }
}
