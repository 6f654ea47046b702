package org.shegong.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.calendar.DayKind;
import org.shegong.calendar.DeadlineRule;
import org.shegong.calendar.ScheduledDay;

/** Turns request text into calendar values, refusing bad input with the calendar's message keys. */
final class CalendarInput {

    /** A schedule entry as submitted (API body or form). */
    record DayForm(@Nullable String date, @Nullable String kind, @Nullable String name, @Nullable String regionCode) {
    }

    static LocalDate date(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "calendar.date.malformed", "");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "calendar.date.malformed", text);
        }
    }

    static int amount(String field, String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0 || n > DeadlineRule.MAX_AMOUNT) {
                throw new InvalidInput(field, "calendar.deadline.amountOutOfRange", DeadlineRule.MAX_AMOUNT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "calendar.deadline.amountMalformed");
        }
    }

    /** Exactly one of the two amounts must be given. */
    static DeadlineRule rule(@Nullable String workingDays, @Nullable String calendarDays) {
        boolean working = workingDays != null && !workingDays.isBlank();
        boolean calendar = calendarDays != null && !calendarDays.isBlank();
        if (working == calendar) {
            throw new InvalidInput(working ? "calendarDays" : "workingDays", "calendar.deadline.ruleRequired");
        }
        return working
                ? DeadlineRule.workingDays(amount("workingDays", workingDays))
                : DeadlineRule.calendarDays(amount("calendarDays", calendarDays));
    }

    /** The calculator form: a unit (WORKING_DAYS or CALENDAR_DAYS) and an amount. */
    static DeadlineRule formRule(@Nullable String unit, @Nullable String amount) {
        if (amount == null || amount.isBlank()) {
            throw new InvalidInput("amount", "calendar.deadline.amountMalformed");
        }
        int n = amount("amount", amount);
        return "CALENDAR_DAYS".equals(unit) ? DeadlineRule.calendarDays(n) : DeadlineRule.workingDays(n);
    }

    static DayKind kind(String field, @Nullable String text) {
        try {
            return DayKind.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "calendar.day.kindMalformed");
        }
    }

    static @Nullable String region(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static ScheduledDay day(String field, DayForm form) {
        if (form == null) {
            throw new InvalidInput(field, "calendar.day.required");
        }
        String name = form.name() == null ? "" : form.name().strip();
        return new ScheduledDay(date(field + ".date", form.date()), kind(field + ".kind", form.kind()), name,
                region(form.regionCode()));
    }

    private CalendarInput() {
    }
}
