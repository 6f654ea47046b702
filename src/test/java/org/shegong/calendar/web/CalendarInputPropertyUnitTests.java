package org.shegong.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shegong.ArbitraryText;
import org.shegong.InvalidInput;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.DeadlineRule;
import org.shegong.calendar.WorkingCalendar;
import org.shegong.calendar.WorkingCalendars;

/** Properties of the deadline calculator's input and arithmetic over arbitrary input. */
class CalendarInputPropertyUnitTests {

    static final WorkingCalendar CALENDAR = WorkingCalendars.seeded();

    @Test
    void anyTextIsADateAnAmountARuleOrInvalidInput() {
        assertThat(ArbitraryText.violations(ArbitraryText.strings(3_000), s -> {
            try {
                CalendarInput.date("from", s);
            } catch (InvalidInput ignored) {
                // next parser
            }
            try {
                CalendarInput.amount("workingDays", s);
            } catch (InvalidInput ignored) {
                // next parser
            }
            try {
                CalendarInput.kind("kind", s);
            } catch (InvalidInput ignored) {
                // next parser
            }
            CalendarInput.rule(s, null);
        })).isEmpty();
    }

    /** Any start date in 1900–2200 and any amount the API accepts: a deadline not before the start, or InvalidInput. */
    @Test
    void deadlineArithmeticNeverFailsAndNeverGoesBackwards() {
        Random random = new Random(ArbitraryText.SEED);
        List<String> failures = new ArrayList<>();
        LocalDate first = LocalDate.of(1900, 1, 1);
        for (int i = 0; i < 3_000; i++) {
            LocalDate from = first.plusDays(random.nextInt(300 * 366));
            int amount = random.nextInt(10) == 0 ? DeadlineRule.MAX_AMOUNT : random.nextInt(400);
            DeadlineRule rule = switch (random.nextInt(3)) {
                case 0 -> DeadlineRule.workingDays(amount);
                case 1 -> DeadlineRule.calendarDays(amount);
                default -> DeadlineRule.hours(amount);
            };
            String region = random.nextInt(4) == 0 ? ArbitraryText.strings(0).toList().get(random.nextInt(20)) : "510107";
            try {
                Deadline d = CALENDAR.apply(rule, from, region);
                if (d.date().isBefore(from)) {
                    failures.add(rule + " from " + from + " -> " + d.date());
                }
            } catch (InvalidInput expected) {
                // a region code that is not one
            } catch (RuntimeException e) {
                failures.add(rule + " from " + from + " in " + region + " -> " + e);
            }
        }
        assertThat(failures).isEmpty();
    }
}
