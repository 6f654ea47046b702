package org.shegong;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One line of a staff member's to-do list on the home page: what to do (a message key taking the count as its
 * argument {0}), how many, the earliest deadline among them and where to do it.
 *
 * @param titleKey message key in the contributing module's bundle, e.g. {@code demand.todo.accept}
 * @param count    how many records wait
 * @param deadline the earliest deadline among them, or {@code null} when they have none
 * @param overdue  whether that deadline has passed
 * @param link     a path of this site where the work is done
 */
public record ToDo(String titleKey, long count, @Nullable Instant deadline, boolean overdue, String link) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Overdue first, then the nearest deadline, then those without one. */
    public static final Comparator<ToDo> URGENCY = Comparator.comparing((ToDo t) -> !t.overdue())
            .thenComparing(ToDo::deadline, Comparator.nullsLast(Comparator.naturalOrder()));

    public ToDo {
        if (!link.matches("/[^/\\\\].*|/")) {
            throw new IllegalArgumentException("a to-do links into this site: " + link);
        }
    }

    /**
     * The deadline as people read it: a day deadline (stored as the next day's 00:00) is its last day at "24:00"
     * (民法典 §203), an hour deadline its minute; empty without a deadline.
     */
    public String deadlineText() {
        if (deadline == null) {
            return "";
        }
        var local = deadline.atZone(ShegongApplication.ZONE);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return local.toLocalDate().minusDays(1) + " 24:00";
        }
        return MINUTE.format(local);
    }

    /** The last day on which the work is in time, or {@code null} without a deadline. */
    public @Nullable LocalDate lastDay() {
        if (deadline == null) {
            return null;
        }
        var local = deadline.atZone(ShegongApplication.ZONE);
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }
}
