package org.shegong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.calendar.CalendarFixtures.CHENGDU;
import static org.shegong.calendar.CalendarFixtures.LIANGSHAN;
import static org.shegong.calendar.CalendarFixtures.XICHANG;

import com.tyme.lunar.LunarDay;
import com.tyme.solar.SolarDay;
import com.tyme.solar.SolarTerm;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shegong.InvalidInput;

class WorkingCalendarUnitTests {

    private final WorkingCalendar calendar = CalendarFixtures.seededCalendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class OfficialYears {

        @Test
        void everySeededRestDayIsOffAndEveryMakeUpDayIsWorked() {
            for (ScheduledDay day : CalendarFixtures.seeded()) {
                assertThat(calendar.isWorkingDay(day.date())).as(day.toString()).isEqualTo(day.kind() == DayKind.WORK);
            }
        }

        @Test
        void ordinaryWeekdaysWorkAndOrdinaryWeekendsRestIn2025And2026() {
            List<LocalDate> seeded = CalendarFixtures.seeded().stream().map(ScheduledDay::date).toList();
            for (LocalDate day = d("2025-01-01"); day.getYear() <= 2026; day = day.plusDays(1)) {
                if (!seeded.contains(day)) {
                    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                    assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(!weekend);
                }
            }
        }

        @ParameterizedTest(name = "{0} is the working day before {1}")
        @CsvSource({
                "2024-12-31, 元旦 2025", "2025-01-27, 春节 2025", "2025-04-03, 清明 2025", "2025-04-30, 劳动节 2025",
                "2025-05-30, 端午 2025", "2025-09-30, 国庆中秋 2025", "2025-12-31, 元旦 2026", "2026-02-13, 春节 2026",
                "2026-04-03, 清明 2026", "2026-04-30, 劳动节 2026", "2026-06-18, 端午 2026", "2026-09-24, 中秋 2026",
                "2026-09-30, 国庆 2026"})
        void dayBeforeEachHolidayIsAWorkingDay(String day, String holiday) {
            assertThat(calendar.isWorkingDay(d(day))).isTrue();
        }

        @ParameterizedTest(name = "{0}–{1} is a holiday, {2} is worked again")
        @CsvSource({
                "2025-01-01, 2025-01-01, 2025-01-02", "2025-01-28, 2025-02-04, 2025-02-05",
                "2025-04-04, 2025-04-06, 2025-04-07", "2025-05-01, 2025-05-05, 2025-05-06",
                "2025-05-31, 2025-06-02, 2025-06-03", "2025-10-01, 2025-10-08, 2025-10-09",
                "2026-01-01, 2026-01-03, 2026-01-04", "2026-02-15, 2026-02-23, 2026-02-24",
                "2026-04-04, 2026-04-06, 2026-04-07", "2026-05-01, 2026-05-05, 2026-05-06",
                "2026-06-19, 2026-06-21, 2026-06-22", "2026-09-25, 2026-09-27, 2026-09-28",
                "2026-10-01, 2026-10-07, 2026-10-08"})
        void firstAndLastHolidayDaysAreOffAndTheNextDayIsWorked(String first, String last, String next) {
            assertThat(calendar.isWorkingDay(d(first))).isFalse();
            assertThat(calendar.isWorkingDay(d(last))).isFalse();
            assertThat(calendar.isWorkingDay(d(next))).isTrue();
        }

        @ParameterizedTest(name = "{0} ({1}) is a make-up working day")
        @CsvSource({
                "2025-01-26, SUNDAY", "2025-02-08, SATURDAY", "2025-04-27, SUNDAY", "2025-09-28, SUNDAY",
                "2025-10-11, SATURDAY", "2026-01-04, SUNDAY", "2026-02-14, SATURDAY", "2026-02-28, SATURDAY",
                "2026-05-09, SATURDAY", "2026-09-20, SUNDAY", "2026-10-10, SATURDAY"})
        void makeUpWeekendDaysAreWorkingDays(String day, DayOfWeek dayOfWeek) {
            assertThat(d(day).getDayOfWeek()).isEqualTo(dayOfWeek);
            assertThat(calendar.isWorkingDay(d(day))).isTrue();
        }

        @Test
        void workingDaysAcrossNationalDay2026SkipTheHolidayAndCountTheMakeUpSaturday() {
            Deadline deadline = calendar.addWorkingDays(d("2026-09-30"), 3);

            assertThat(deadline.date()).isEqualTo(d("2026-10-10"));
            assertThat(deadline.provisional()).isFalse();
            assertThat(deadline.explanation()).isEqualTo(
                    "自2026-09-30起3个工作日（不含起算日；10/1–10/7国庆节放假，10/10调休上班），截止2026-10-10 24:00");
            assertThat(deadline.explanationEn()).contains("10/1–10/7 National Day holiday skipped")
                    .contains("10/10 is a make-up working day").contains("due 2026-10-10 24:00");
        }

        @Test
        void fifteenWorkingDaysOverNationalDay2026() {
            // 9/28–9/30 (3), 10/8, 10/9, 10/10 (6), 10/12–10/16 (11), 10/19–10/22 (15)
            assertThat(calendar.addWorkingDays(d("2026-09-25"), 15).date()).isEqualTo(d("2026-10-22"));
        }

        @Test
        void workingDaysOverSpringFestival2026CountBothMakeUpSaturdays() {
            // 2/13 Fri (1), 2/14 Sat make-up (2), 2/24–2/27 (6), 2/28 Sat make-up (7)
            Deadline deadline = calendar.addWorkingDays(d("2026-02-12"), 7);
            assertThat(deadline.date()).isEqualTo(d("2026-02-28"));
            assertThat(deadline.explanation()).contains("2/15–2/23春节放假").contains("2/14、2/28调休上班");
        }

        @Test
        void oneWorkingDayFromTheLastDayOf2025IsTheSundayMakeUpDay() {
            // 2026-01-01..03 off, 2026-01-04 (Sunday) is worked
            assertThat(calendar.addWorkingDays(d("2025-12-31"), 1).date()).isEqualTo(d("2026-01-04"));
        }

        @Test
        void calendarDaysEndingOnAHolidayRollOverToTheNextWorkingDay() {
            Deadline deadline = calendar.addCalendarDays(d("2026-09-03"), 30);

            assertThat(deadline.date()).isEqualTo(d("2026-10-08"));
            assertThat(deadline.explanation()).isEqualTo(
                    "自2026-09-03起30日（不含起算日），第30日2026-10-03为法定节假日（国庆节），顺延至2026-10-08，截止2026-10-08 24:00");
            assertThat(deadline.explanationEn()).contains("2026-10-03 is a statutory holiday (National Day)")
                    .contains("2026-10-08");
        }

        @Test
        void calendarDaysEndingOnAWeekendRollOverToMonday() {
            Deadline deadline = calendar.addCalendarDays(d("2026-10-28"), 3);

            assertThat(deadline.date()).isEqualTo(d("2026-11-02"));
            assertThat(deadline.explanation()).contains("第3日2026-10-31为休息日（星期六），顺延至2026-11-02");
        }

        @Test
        void calendarDaysEndingOnAMakeUpSaturdayDoNotRollOver() {
            Deadline deadline = calendar.addCalendarDays(d("2026-02-13"), 1);
            assertThat(deadline.date()).isEqualTo(d("2026-02-14"));
            assertThat(deadline.explanation()).doesNotContain("顺延");
        }

        @Test
        void calendarDaysEndingInSpringFestival2026RollPastTheWholeHoliday() {
            assertThat(calendar.addCalendarDays(d("2026-01-23"), 30).date()).isEqualTo(d("2026-02-24"));
        }

        @Test
        void calendarDaysEndingOnTheLastDayOfNationalDay2025RollToTheNextDay() {
            assertThat(calendar.addCalendarDays(d("2025-09-08"), 30).date()).isEqualTo(d("2025-10-09"));
        }

        @Test
        void calendarDaysEndingOnAWorkingDayStayPut() {
            Deadline deadline = calendar.addCalendarDays(d("2026-03-02"), 30);
            assertThat(deadline.date()).isEqualTo(d("2026-04-01"));
            assertThat(deadline.explanation()).isEqualTo("自2026-03-02起30日（不含起算日），截止2026-04-01 24:00");
        }

        @Test
        void sixtyCalendarDaysEndingOnLabourDay2026RollToTheSixthOfMay() {
            assertThat(calendar.addCalendarDays(d("2026-03-02"), 60).date()).isEqualTo(d("2026-05-06"));
        }

        @Test
        void zeroDaysIsTheStartDayItself() {
            assertThat(calendar.addWorkingDays(d("2026-10-01"), 0).date()).isEqualTo(d("2026-10-01"));
            assertThat(calendar.addWorkingDays(d("2026-10-01"), 0).provisional()).isFalse();
        }
    }

    @Nested
    class ProvisionalYears {

        @Test
        void tymeComputesTheLunarAndSolarTermDatesOf2027() {
            assertThat(LunarDay.fromYmd(2027, 1, 1).getSolarDay().toString()).isEqualTo("2027年2月6日");
            assertThat(SolarTerm.fromName(2027, "清明").getSolarDay().toString()).isEqualTo("2027年4月5日");
            assertThat(LunarDay.fromYmd(2027, 5, 5).getSolarDay().toString()).isEqualTo("2027年6月9日");
            assertThat(LunarDay.fromYmd(2027, 8, 15).getSolarDay().toString()).isEqualTo("2027年9月15日");
            assertThat(SolarDay.fromYmd(2027, 2, 6).getLunarDay().getName()).isEqualTo("初一");
        }

        @Test
        void crossingIntoAYearWithoutOfficialScheduleIsProvisionalAndSkipsNewYearsDay2027() {
            Deadline deadline = calendar.addWorkingDays(d("2026-12-28"), 5);

            // 12/29, 12/30, 12/31; 2027-01-01 (Friday) 元旦; 1/4, 1/5
            assertThat(deadline.date()).isEqualTo(d("2027-01-05"));
            assertThat(deadline.provisional()).isTrue();
            assertThat(deadline.explanation()).contains("2027/1/1元旦放假").endsWith("（2027年放假安排尚未公布，按法定节假日暂算）");
            assertThat(deadline.explanationEn()).contains("provisional").contains("2027");
        }

        @Test
        void deadlinesWithinOfficialYearsAreNotProvisional() {
            assertThat(calendar.addWorkingDays(d("2026-12-01"), 20).provisional()).isFalse();
            assertThat(calendar.addWorkingDays(d("2026-12-01"), 20).date()).isEqualTo(d("2026-12-29"));
        }

        @Test
        void springFestival2027RestsFromNewYearsEveAndMakesUpTheWeekendDaysAfterwards() {
            // 除夕 2/5 Fri, 初一–初三 2/6 Sat, 2/7 Sun, 2/8 Mon; the two weekend days are made up on 2/9 and 2/10 (§6)
            assertThat(calendar.isWorkingDay(d("2027-02-04"))).isTrue();
            for (LocalDate day = d("2027-02-05"); !day.isAfter(d("2027-02-10")); day = day.plusDays(1)) {
                assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
            }
            assertThat(calendar.isWorkingDay(d("2027-02-11"))).isTrue();
        }

        @Test
        void labourDay2027FallsOnAWeekendAndIsMadeUpOnMondayAndTuesday() {
            assertThat(d("2027-05-01").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(calendar.isWorkingDay(d("2027-04-30"))).isTrue();
            assertThat(calendar.isWorkingDay(d("2027-05-03"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2027-05-04"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2027-05-05"))).isTrue();
        }

        @Test
        void nationalDay2027RestsOneToFiveOctober() {
            assertThat(calendar.isWorkingDay(d("2027-09-30"))).isTrue();
            for (LocalDate day = d("2027-10-01"); !day.isAfter(d("2027-10-05")); day = day.plusDays(1)) {
                assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
            }
            assertThat(calendar.isWorkingDay(d("2027-10-06"))).isTrue();
        }

        @Test
        void qingmingDragonBoatAndMidAutumn2027AreSingleWeekdayHolidays() {
            assertThat(calendar.isWorkingDay(d("2027-04-05"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2027-04-06"))).isTrue();
            assertThat(calendar.isWorkingDay(d("2027-06-09"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2027-06-10"))).isTrue();
            assertThat(calendar.isWorkingDay(d("2027-09-15"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2027-09-16"))).isTrue();
        }

        @Test
        void newYearsDay2028OnASaturdayIsMadeUpOnMonday() {
            assertThat(d("2028-01-01").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(calendar.isWorkingDay(d("2028-01-03"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2028-01-04"))).isTrue();
        }

        @Test
        void midAutumnOnNationalDay2028AddsARestDayAfterTheHoliday() {
            // 中秋 2028 is 10/3, already a 国庆 day: it is made up after the holiday like a weekend day
            assertThat(LunarDay.fromYmd(2028, 8, 15).getSolarDay().toString()).isEqualTo("2028年10月3日");
            // 10/1 Sun, 10/2 Mon, 10/3 Tue (+中秋) → made up 10/4 (国庆 10/1) and 10/5 (中秋)
            assertThat(calendar.isWorkingDay(d("2028-10-04"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2028-10-05"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2028-10-06"))).isTrue();
        }

        @Test
        void provisionalYearsInventNoMakeUpWorkingDays() {
            assertThat(calendar.schedule().days(2027)).allMatch(day -> day.kind() == DayKind.REST);
            assertThat(calendar.isWorkingDay(d("2027-02-20"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2027-09-26"))).isFalse();
        }

        @Test
        void provisionalYearIsNeverWeekendsOnly() {
            long weekdayRest = calendar.schedule().days(2027).stream()
                    .filter(day -> !StatutoryHolidayPolicy.isWeekend(day.date())).count();
            // 元旦 1 + 春节 4 + 清明 1 + 劳动节 2 + 端午 1 + 中秋 1 + 国庆 3 = 13 weekday rest days
            assertThat(weekdayRest).isEqualTo(13);
        }

        @Test
        void workingDaysOverSpringFestival2027AreProvisional() {
            Deadline deadline = calendar.addWorkingDays(d("2027-02-01"), 5);
            // 2/2, 2/3, 2/4, then 2/5–2/10 off, 2/11, 2/12
            assertThat(deadline.date()).isEqualTo(d("2027-02-12"));
            assertThat(deadline.provisional()).isTrue();
            assertThat(deadline.explanation()).contains("2/5–2/10春节放假").contains("2027年放假安排尚未公布");
        }

        @Test
        void calendarDaysRollingOverLabourDay2027AreProvisional() {
            Deadline deadline = calendar.addCalendarDays(d("2027-04-01"), 30);
            assertThat(deadline.date()).isEqualTo(d("2027-05-05"));
            assertThat(deadline.provisional()).isTrue();
            assertThat(deadline.explanation()).contains("第30日2027-05-01为法定节假日（劳动节），顺延至2027-05-05");
        }

        @Test
        void calendarDaysThatOnlyPassThroughAProvisionalYearEndInOneAreProvisional() {
            assertThat(calendar.addCalendarDays(d("2026-12-01"), 20).provisional()).isFalse();
            assertThat(calendar.addCalendarDays(d("2026-12-20"), 20).provisional()).isTrue();
        }

        @Test
        void missingOfficialYearsAreThisYearOrNextWithoutSchedule() {
            assertThat(calendar.missingOfficialYears(d("2026-11-27"))).containsExactly(2027);
            assertThat(calendar.missingOfficialYears(d("2025-03-01"))).isEmpty();
            assertThat(calendar.missingOfficialYears(d("2027-01-05"))).containsExactly(2027, 2028);
        }
    }

    @Nested
    class RegionOverlays {

        private final WorkingCalendar withYiNewYear = CalendarFixtures.seededCalendar(
                new ScheduledDay(d("2026-11-20"), DayKind.REST, "彝族年", LIANGSHAN),
                new ScheduledDay(d("2026-11-23"), DayKind.REST, "彝族年", LIANGSHAN),
                new ScheduledDay(d("2026-11-23"), DayKind.WORK, "县内调整", XICHANG));

        @Test
        void overlayAppliesInsideTheRegionOnly() {
            assertThat(withYiNewYear.isWorkingDay(d("2026-11-20"), LIANGSHAN)).isFalse();
            assertThat(withYiNewYear.isWorkingDay(d("2026-11-20"), XICHANG)).isFalse();
            assertThat(withYiNewYear.isWorkingDay(d("2026-11-20"), "513401001001001")).isFalse();
            assertThat(withYiNewYear.isWorkingDay(d("2026-11-20"), CHENGDU)).isTrue();
            assertThat(withYiNewYear.isWorkingDay(d("2026-11-20"))).isTrue();
        }

        @Test
        void mostSpecificOverlayWins() {
            assertThat(withYiNewYear.isWorkingDay(d("2026-11-23"), LIANGSHAN)).isFalse();
            assertThat(withYiNewYear.isWorkingDay(d("2026-11-23"), XICHANG)).isTrue();
        }

        @Test
        void regionalHolidayShapesRegionalDeadlines() {
            Deadline regional = withYiNewYear.addWorkingDays(d("2026-11-19"), 1, LIANGSHAN);
            assertThat(regional.date()).isEqualTo(d("2026-11-24"));
            assertThat(regional.explanation()).contains("11/20–11/23彝族年放假");
            assertThat(withYiNewYear.addWorkingDays(d("2026-11-19"), 1).date()).isEqualTo(d("2026-11-20"));
            assertThat(withYiNewYear.addCalendarDays(d("2026-11-19"), 1, LIANGSHAN).date()).isEqualTo(d("2026-11-24"));
        }

        @Test
        void malformedRegionCodeIsInvalidInput() {
            assertThatThrownBy(() -> calendar.isWorkingDay(d("2026-11-20"), "5134"))
                    .isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("calendar.region.malformed");
        }
    }

    @Nested
    class HoursAndBounds {

        @Test
        void hoursAreClockHoursThroughHolidays() {
            Instant start = OffsetDateTime.parse("2026-09-30T22:00+08:00").toInstant();
            Deadline deadline = calendar.addHours(start, 4);
            assertThat(deadline.dueAt()).isEqualTo(OffsetDateTime.parse("2026-10-01T02:00+08:00").toInstant());
            assertThat(deadline.date()).isEqualTo(d("2026-10-01"));
            assertThat(deadline.provisional()).isFalse();
            assertThat(deadline.explanation()).isEqualTo("自2026-09-30 22:00起4小时（7×24小时连续计算，节假日不顺延），截止2026-10-01 02:00");
        }

        @Test
        void dayDeadlineEndsAtMidnightShanghaiExclusive() {
            Deadline deadline = calendar.addWorkingDays(d("2026-11-02"), 3);
            assertThat(deadline.date()).isEqualTo(d("2026-11-05"));
            assertThat(deadline.dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-06T00:00+08:00").toInstant());
            assertThat(deadline.passedAt(OffsetDateTime.parse("2026-11-05T23:59:59.999999+08:00").toInstant())).isFalse();
            assertThat(deadline.passedAt(OffsetDateTime.parse("2026-11-06T00:00+08:00").toInstant())).isTrue();
            assertThat(deadline.explanation()).isEqualTo("自2026-11-02起3个工作日（不含起算日），截止2026-11-05 24:00");
        }

        @Test
        void amountsOutsideZeroToTenYearsAreRefused() {
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-11-02"), -1))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("calendar.deadline.amountOutOfRange");
            assertThatThrownBy(() -> calendar.addCalendarDays(d("2026-11-02"), 3651))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("calendar.deadline.amountOutOfRange");
            assertThat(calendar.addWorkingDays(d("2026-11-02"), 3650).provisional()).isTrue();
        }

        @Test
        void rulesRoundTripThroughTheirTextForm() {
            for (DeadlineRule rule : List.of(DeadlineRule.workingDays(15), DeadlineRule.calendarDays(60), DeadlineRule.hours(2))) {
                assertThat(DeadlineRule.parse(rule.toString())).isEqualTo(rule);
            }
            assertThat(calendar.apply(DeadlineRule.parse("WORKING_DAYS(3)"), d("2026-09-30"), null).date())
                    .isEqualTo(d("2026-10-10"));
            assertThatThrownBy(() -> DeadlineRule.parse("DAYS(3)")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
