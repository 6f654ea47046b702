package org.shegong.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a deadline is counted from its start, so that it can be stored next to the deadline and
 * re-applied later. The text form is {@code WORKING_DAYS(15)}, {@code CALENDAR_DAYS(60)} or {@code HOURS(2)}.
 *
 * @param unit   working days, calendar days (with roll-over) or clock hours
 * @param amount how many, 0 to {@value #MAX_AMOUNT}
 */
public record DeadlineRule(Unit unit, int amount) {

    /** The largest amount accepted (ten years of days). */
    public static final int MAX_AMOUNT = 3650;

    private static final Pattern TEXT = Pattern.compile("(WORKING_DAYS|CALENDAR_DAYS|HOURS)\\((\\d{1,5})\\)");

    public enum Unit {
        /** 工作日: Mon–Fri minus holidays plus make-up days; the start day is not counted. */
        WORKING_DAYS,
        /** 日: calendar days; a last day on a rest day moves to the next working day (民法典 §203). */
        CALENDAR_DAYS,
        /** Clock hours, 7×24. */
        HOURS
    }

    public DeadlineRule {
        if (unit == null) {
            throw new IllegalArgumentException("unit is required");
        }
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("amount must be 0.." + MAX_AMOUNT + ": " + amount);
        }
    }

    public static DeadlineRule workingDays(int n) {
        return new DeadlineRule(Unit.WORKING_DAYS, n);
    }

    public static DeadlineRule calendarDays(int n) {
        return new DeadlineRule(Unit.CALENDAR_DAYS, n);
    }

    public static DeadlineRule hours(int n) {
        return new DeadlineRule(Unit.HOURS, n);
    }

    /** Reads the text form written by {@link #toString()}. */
    public static DeadlineRule parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a deadline rule: " + text);
        }
        return new DeadlineRule(Unit.valueOf(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean countsDays() {
        return unit != Unit.HOURS;
    }

    @Override
    public String toString() {
        return unit.name() + "(" + amount + ")";
    }
}
