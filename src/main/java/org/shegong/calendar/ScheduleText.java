package org.shegong.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * The pasted text form of a year's schedule, one entry or holiday per line; {@code #} starts a comment.
 * <pre>
 * 2027-01-01 REST 元旦                       one day (kinds: REST/WORK or 休/班)
 * 2027-02-05..2027-02-11 REST 春节           a range (also 2027-02-05–2027-02-11)
 * 2027-11-21 REST 彝族年 @513400000000        a region overlay entry
 * 春节 2/5-2/11 班 1/31,2/20                 compact: rest range of the edited year, then make-up days
 * </pre>
 */
final class ScheduleText {

    private static final String DATE = "(\\d{4}-\\d{1,2}-\\d{1,2})";
    private static final String MD = "(\\d{1,2}/\\d{1,2})";
    private static final String DASH = "\\s*(?:\\.\\.|–|—|~|-|至)\\s*";
    private static final String REGION = "(?:\\s+@?(\\d{12}|\\d{15}))?";
    private static final Pattern FULL = Pattern.compile(
            DATE + "(?:" + DASH + DATE + ")?\\s+(REST|WORK|休|班)\\s+(\\S+)" + REGION, Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile(
            "(\\S+)\\s+" + MD + "(?:" + DASH + MD + ")?(?:\\s+(?:WORK|班)\\s+([\\d/,，、\\s]+?))?" + REGION, Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter ISO_LOOSE = DateTimeFormatter.ofPattern("uuuu-M-d");
    private static final int MAX_SPAN = 31;

    static List<ScheduledDay> parse(int year, String text) {
        List<ScheduledDay> days = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String field = "line " + (i + 1);
            Matcher full = FULL.matcher(line);
            Matcher compact = COMPACT.matcher(line);
            if (full.matches()) {
                LocalDate first = date(full.group(1), field);
                LocalDate last = full.group(2) == null ? first : date(full.group(2), field);
                DayKind kind = kind(full.group(3));
                addRange(days, first, last, kind, full.group(4), full.group(5), field);
            } else if (compact.matches()) {
                String name = compact.group(1);
                String region = compact.group(5);
                LocalDate first = monthDay(year, compact.group(2), field);
                LocalDate last = compact.group(3) == null ? first : monthDay(year, compact.group(3), field);
                addRange(days, first, last, DayKind.REST, name, region, field);
                if (compact.group(4) != null) {
                    for (String md : compact.group(4).split("[,，、\\s]+")) {
                        if (!md.isBlank()) {
                            days.add(new ScheduledDay(monthDay(year, md, field), DayKind.WORK, name, region));
                        }
                    }
                }
            } else {
                throw new InvalidInput("text", "calendar.text.unreadable", i + 1, lines[i].strip());
            }
        }
        if (days.isEmpty()) {
            throw new InvalidInput("text", "calendar.text.empty");
        }
        return days;
    }

    /** The text form of {@code days}, one line per run of consecutive days with the same kind, name and region. */
    static String format(List<ScheduledDay> days) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < days.size()) {
            ScheduledDay first = days.get(i);
            int j = i;
            while (j + 1 < days.size() && sameRun(days.get(j), days.get(j + 1))) {
                j++;
            }
            ScheduledDay last = days.get(j);
            out.append(first.date());
            if (j > i) {
                out.append("..").append(last.date());
            }
            out.append(' ').append(first.kind()).append(' ').append(first.name());
            if (first.regionCode() != null) {
                out.append(" @").append(first.regionCode());
            }
            out.append('\n');
            i = j + 1;
        }
        return out.toString();
    }

    private static boolean sameRun(ScheduledDay a, ScheduledDay b) {
        return b.date().equals(a.date().plusDays(1)) && a.kind() == b.kind() && a.name().equals(b.name())
                && java.util.Objects.equals(a.regionCode(), b.regionCode());
    }

    private static void addRange(List<ScheduledDay> days, LocalDate first, LocalDate last, DayKind kind, String name,
            @Nullable String region, String field) {
        if (last.isBefore(first) || first.plusDays(MAX_SPAN).isBefore(last)) {
            throw new InvalidInput("text", "calendar.text.badRange", field, first, last);
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(new ScheduledDay(d, kind, name, region));
        }
    }

    private static DayKind kind(String text) {
        String k = text.toUpperCase(Locale.ROOT);
        return k.equals("REST") || k.equals("休") ? DayKind.REST : DayKind.WORK;
    }

    static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip(), ISO_LOOSE.withResolverStyle(java.time.format.ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "calendar.date.malformed", text);
        }
    }

    private static LocalDate monthDay(int year, String md, String field) {
        String[] parts = md.strip().split("/");
        try {
            return LocalDate.of(year, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new InvalidInput(field, "calendar.date.malformed", md);
        }
    }

    private ScheduleText() {
    }
}
