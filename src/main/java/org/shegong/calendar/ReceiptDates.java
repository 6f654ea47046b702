package org.shegong.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The day a letter, fax, call or walk-in was actually received, as the law counts limits from it (信访工作条例 §22:
 * "自收到之日起"; a demand received by letter likewise), rather than the day someone entered it. The day given is
 * never in the future, never before the step before it, and never more than {@code shegong.intake.max-backdate-days}
 * (default 7) days back unless a supervisor confirms it. A supervisor is an administrator of a region (province,
 * city or county: the leaders who supervise the hotline and the petition office); an operator or petition officer
 * registering an older item asks one of them to enter or confirm it (decision 0006). Today, or no day, means now.
 */
@Component
public class ReceiptDates {

    private static final Set<Role> SUPERVISORS = Role.ADMINISTRATORS;

    private final Clock clock;
    private final int maxBackdateDays;

    ReceiptDates(Clock clock, @Value("${shegong.intake.max-backdate-days:7}") int maxBackdateDays) {
        if (maxBackdateDays < 0 || maxBackdateDays > 366) {
            throw new IllegalStateException("shegong.intake.max-backdate-days must be 0–366, not " + maxBackdateDays);
        }
        this.clock = clock;
        this.maxBackdateDays = maxBackdateDays;
    }

    /** What the person entering may give: the number of days back they may date a receipt without confirmation. */
    public int maxBackdateDays() {
        return maxBackdateDays;
    }

    /** Whether someone holding {@code roles} may confirm a receipt older than {@link #maxBackdateDays()}. */
    public static boolean maySupervise(Set<Role> roles) {
        return roles.stream().anyMatch(SUPERVISORS::contains);
    }

    /**
     * The receipt as an instant: now for today or no day; the start of the day (Asia/Shanghai) for an earlier day.
     *
     * @param field      the input field named in a refusal
     * @param on         the day given, or null
     * @param notBefore  the step before it (e.g. when the item was sent on), or null
     * @param confirmed  the person entering says a supervisor confirms the day
     * @param roles      the roles of the person entering (a confirmation counts only from a supervisor)
     */
    public Instant receivedAt(String field, @Nullable LocalDate on, @Nullable Instant notBefore, boolean confirmed,
            Set<Role> roles) {
        Instant now = clock.instant();
        if (on == null) {
            return now;
        }
        LocalDate today = LocalDate.ofInstant(now, Deadline.ZONE);
        if (on.isAfter(today)) {
            throw new InvalidInput(field, "calendar.receipt.future", on);
        }
        if (notBefore != null && on.isBefore(LocalDate.ofInstant(notBefore, Deadline.ZONE))) {
            throw new InvalidInput(field, "calendar.receipt.beforePrevious", on, LocalDate.ofInstant(notBefore, Deadline.ZONE));
        }
        long back = ChronoUnit.DAYS.between(on, today);
        if (back > maxBackdateDays) {
            if (!confirmed) {
                throw new InvalidInput(field, "calendar.receipt.tooOld", on, maxBackdateDays);
            }
            if (!maySupervise(roles)) {
                throw new InvalidInput(field, "calendar.receipt.supervisorOnly", on, maxBackdateDays);
            }
        }
        return on.equals(today) ? now : on.atStartOfDay(Deadline.ZONE).toInstant();
    }

    /** Whole days between receipt and entry (0 when entered the day it arrived). */
    public static long gapDays(Instant receivedAt, Instant enteredAt) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(receivedAt, Deadline.ZONE), LocalDate.ofInstant(enteredAt, Deadline.ZONE));
    }
}
