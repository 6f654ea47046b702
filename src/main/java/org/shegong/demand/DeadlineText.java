package org.shegong.demand;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.shegong.calendar.Deadline;

/** Shows a deadline as people read it: a day deadline ends "2026-12-18 24:00", an hour deadline at its minute. */
public final class DeadlineText {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DeadlineText() {
    }

    public static String of(Instant dueAt) {
        var local = dueAt.atZone(Deadline.ZONE);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            // 民法典 §203: a day deadline ends at 24:00 of its last day; stored as the next day's 00:00
            return local.toLocalDate().minusDays(1) + " 24:00";
        }
        return MINUTE.format(local);
    }
}
