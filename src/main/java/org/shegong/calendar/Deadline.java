package org.shegong.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A computed deadline.
 * <p>
 * A day deadline ends at 24:00 of {@link #date()} in Asia/Shanghai (民法典 §203). {@link #dueAt()} represents
 * that as the <em>exclusive</em> instant 00:00 of the following day: the deadline is met by anything
 * strictly before {@code dueAt}, and a case is overdue when {@code !now.isBefore(dueAt)}. For an hour
 * deadline {@code dueAt} is the exact instant and {@code date} its local date.
 *
 * @param date          the last day (for hours: the local date of {@code dueAt})
 * @param dueAt         exclusive end instant
 * @param provisional   computed on at least one year without an official schedule; will be recomputed
 *                      when it is loaded (see {@link ProvisionalDeadlines})
 * @param rule          the rule that produced it
 * @param explanation   how it was counted, in Chinese
 * @param explanationEn the same in English
 */
public record Deadline(LocalDate date, Instant dueAt, boolean provisional, DeadlineRule rule, String explanation,
        String explanationEn) {

    /** Asia/Shanghai, the zone every deadline is counted in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The exclusive end of {@code date} (24:00 Asia/Shanghai = 00:00 of the next day). */
    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Whether the deadline has passed at {@code now}. */
    public boolean passedAt(Instant now) {
        return !now.isBefore(dueAt);
    }
}
