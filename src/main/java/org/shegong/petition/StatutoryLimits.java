package org.shegong.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.DeadlineRule;
import org.shegong.calendar.ProvisionalDeadlines;
import org.shegong.calendar.WorkingCalendar;

/**
 * Computes each limit of the petition track on the working calendar of the petition's region: calendar-day
 * limits roll over a last day that is a rest day (民法典 §203), the objection window counts working days.
 * <p>
 * Limits computed during one step are remembered (per thread) until {@link #register(Petition)} hands those the
 * petition keeps to {@link ProvisionalDeadlines}, so a limit counted on a year without an official schedule is
 * recomputed once that schedule is loaded; {@link #forget()} drops them when the step fails.
 */
final class StatutoryLimits {

    static final String OWNER = "petition";

    private record Computed(Limit limit, LocalDate start, DeadlineRule rule, String regionCode, LocalDate date) {
    }

    private final WorkingCalendar calendar;
    private final @Nullable ProvisionalDeadlines provisional;
    private final ThreadLocal<List<Computed>> computed = ThreadLocal.withInitial(ArrayList::new);

    /** Computes only (the petition's own unit tests): nothing is remembered or registered. */
    StatutoryLimits(WorkingCalendar calendar) {
        this(calendar, null);
    }

    StatutoryLimits(WorkingCalendar calendar, @Nullable ProvisionalDeadlines provisional) {
        this.calendar = calendar;
        this.provisional = provisional;
    }

    Due due(Limit limit, Instant from, String regionCode, long unitId) {
        return due(limit, limit.rule(), from, regionCode, unitId);
    }

    /** A limit with extra days on top of its rule: the extension (§34) or the hearing time excluded (§36). */
    Due due(Limit limit, int extraDays, Instant from, String regionCode, long unitId) {
        DeadlineRule r = limit.rule();
        return due(limit, new DeadlineRule(r.unit(), r.amount() + extraDays), from, regionCode, unitId);
    }

    private Due due(Limit limit, DeadlineRule rule, Instant from, String regionCode, long unitId) {
        LocalDate start = from.atZone(Deadline.ZONE).toLocalDate();
        Deadline d = calendar.apply(rule, start, regionCode);
        if (provisional != null) {
            computed.get().add(new Computed(limit, start, rule, regionCode, d.date()));
        }
        return new Due(limit, d.date(), d.dueAt(), d.explanation(), d.explanationEn(), unitId, null);
    }

    /**
     * Registers, under {@code <petition id>:<limit>}, every limit computed since the last call that the saved
     * petition still holds pending; the calendar tracks those that are provisional and drops the others.
     */
    void register(Petition p) {
        if (provisional == null) {
            return;
        }
        List<Computed> done = List.copyOf(computed.get());
        computed.remove();
        for (Computed c : done) {
            Due held = p.due(c.limit());
            if (held != null && held.pending() && held.date().equals(c.date())) {
                provisional.register(OWNER, reference(p.id().value(), c.limit()), c.start(), c.rule(), c.regionCode());
            }
        }
    }

    void forget() {
        computed.remove();
    }

    static String reference(long petitionId, Limit limit) {
        return petitionId + ":" + limit.name();
    }
}
