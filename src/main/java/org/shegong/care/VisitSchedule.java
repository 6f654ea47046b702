package org.shegong.care;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.shegong.ShegongApplication;

/**
 * The visit plan's arithmetic (DOMAIN §8; the platform's own defaults, documented in the package): days between
 * visits from the group's interval and the risk, the moment a visit becomes overdue, and when it escalates.
 */
final class VisitSchedule {

    /** Overdue this many full days → escalated to the township. */
    static final int ESCALATE_AFTER_DAYS = 3;

    private VisitSchedule() {
    }

    /** High risk halves the group's interval (at least 1 day), low risk doubles it (at most 365 days). */
    static int intervalDays(int groupDays, Risk risk) {
        return switch (risk) {
            case HIGH -> Math.max(1, groupDays / 2);
            case NORMAL -> groupDays;
            case LOW -> Math.min(365, groupDays * 2);
        };
    }

    /**
     * Due by 24:00 of the {@code days}-th day after {@code from}'s day (Asia/Shanghai), stored as 00:00 of the next
     * day: a person visited on Monday with a weekly plan is due by the next Monday 24:00.
     */
    static Instant dueAfter(Instant from, int days) {
        LocalDate last = from.atZone(ShegongApplication.ZONE).toLocalDate().plusDays(days);
        return last.plusDays(1).atStartOfDay(ShegongApplication.ZONE).toInstant();
    }

    static boolean overdue(Instant dueAt, Instant now) {
        return !now.isBefore(dueAt);
    }

    /** The moment an overdue visit escalates: {@value #ESCALATE_AFTER_DAYS} full days after it became overdue. */
    static Instant escalatesAt(Instant dueAt) {
        return dueAt.plus(Duration.ofDays(ESCALATE_AFTER_DAYS));
    }

    /** Whole days a visit is overdue at {@code now} (0 on the first overdue day). */
    static long daysOverdue(Instant dueAt, Instant now) {
        return overdue(dueAt, now) ? Duration.between(dueAt, now).toDays() : -1;
    }
}
