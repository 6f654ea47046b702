package org.shegong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class ScheduleTextUnitTests {

    @Test
    void readsSingleDaysRangesChineseKindsAndRegionOverlays() {
        List<ScheduledDay> days = ScheduleText.parse(2027, """
                2027-01-01 REST 元旦   # comment
                2027-02-05..2027-02-07 REST 春节

                2027-02-20 班 春节
                2027-11-19 休 彝族年 @513400000000
                """);

        assertThat(days).containsExactly(
                ScheduledDay.rest(LocalDate.of(2027, 1, 1), "元旦"),
                ScheduledDay.rest(LocalDate.of(2027, 2, 5), "春节"),
                ScheduledDay.rest(LocalDate.of(2027, 2, 6), "春节"),
                ScheduledDay.rest(LocalDate.of(2027, 2, 7), "春节"),
                ScheduledDay.work(LocalDate.of(2027, 2, 20), "春节"),
                new ScheduledDay(LocalDate.of(2027, 11, 19), DayKind.REST, "彝族年", "513400000000"));
    }

    @Test
    void readsTheCompactFormInTheEditedYear() {
        List<ScheduledDay> days = ScheduleText.parse(2026, "国庆节 10/1-10/7 班 9/20,10/10");

        assertThat(days).hasSize(9);
        assertThat(days).filteredOn(d -> d.kind() == DayKind.WORK).extracting(ScheduledDay::date)
                .containsExactly(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        assertThat(days).allMatch(d -> d.name().equals("国庆节") && d.national());
    }

    @Test
    void formattedTextReadsBackToTheSameDays() {
        List<ScheduledDay> seeded = CalendarFixtures.official2026();
        String text = ScheduleText.format(seeded);

        assertThat(text).contains("2026-02-15..2026-02-23 REST 春节").contains("2026-02-14 WORK 春节");
        assertThat(ScheduleText.parse(2026, text)).containsExactlyInAnyOrderElementsOf(seeded);
    }

    @Test
    void refusesUnreadableLinesBadDatesReversedRangesAndEmptyText() {
        assertInvalid("2027-01-01 HOLIDAY 元旦", "calendar.text.unreadable");
        assertInvalid("2027-02-30 REST 春节", "calendar.date.malformed");
        assertInvalid("春节 2/30", "calendar.date.malformed");
        assertInvalid("2027-02-10..2027-02-05 REST 春节", "calendar.text.badRange");
        assertInvalid("2027-01-01..2027-06-01 REST 太长", "calendar.text.badRange");
        assertInvalid("  # only a comment\n", "calendar.text.empty");
    }

    private static void assertInvalid(String text, String key) {
        assertThatThrownBy(() -> ScheduleText.parse(2027, text)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo(key);
    }
}
