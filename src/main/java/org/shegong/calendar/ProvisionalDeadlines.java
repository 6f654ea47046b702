package org.shegong.calendar;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines that other modules store and that must follow the official schedule once it is loaded.
 * <p>
 * A module computing a stored deadline calls {@link #register} instead of {@link WorkingCalendar}
 * directly (in its own transaction). When the result is provisional it is tracked; when an
 * administrator later loads or edits a year the deadline reaches into, it is recomputed and a
 * {@link ProvisionalDeadlineRecomputed} event is published in that same transaction (listen with
 * {@code @ApplicationModuleListener} and filter on {@code owner}). A final deadline is not tracked.
 */
@Service
public class ProvisionalDeadlines {

    private final WorkingCalendar calendar;
    private final TrackedDeadlines tracked;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProvisionalDeadlines(WorkingCalendar calendar, TrackedDeadlines tracked, ApplicationEventPublisher events,
            Clock clock) {
        this.calendar = calendar;
        this.tracked = tracked;
        this.events = events;
        this.clock = clock;
    }

    /** {@link #register(String, String, LocalDate, DeadlineRule, String)} nationally. */
    @Transactional
    public Deadline register(String owner, String referenceId, LocalDate from, DeadlineRule rule) {
        return register(owner, referenceId, from, rule, null);
    }

    /**
     * Computes the deadline of {@code rule} from {@code from} and, when it is provisional, tracks it under
     * {@code (owner, referenceId)} (replacing an earlier registration of that id).
     *
     * @param owner       the registering module's name, e.g. {@code demand}
     * @param referenceId the owner's id for this deadline
     * @param regionCode  region whose overlays apply, or null
     * @throws IllegalArgumentException for an hour rule, which never depends on the holiday calendar
     */
    @Transactional
    public Deadline register(String owner, String referenceId, LocalDate from, DeadlineRule rule,
            @Nullable String regionCode) {
        if (owner == null || owner.isBlank() || referenceId == null || referenceId.isBlank()) {
            throw new IllegalArgumentException("owner and referenceId are required");
        }
        if (!rule.countsDays()) {
            throw new IllegalArgumentException("clock-hour deadlines never depend on the holiday calendar: " + rule);
        }
        Deadline deadline = calendar.apply(rule, from, regionCode);
        if (deadline.provisional()) {
            tracked.save(new TrackedDeadlines.Tracked(owner, referenceId, from, rule,
                    regionCode == null || regionCode.isBlank() ? null : regionCode.trim(), deadline.date()), clock.instant());
        } else {
            tracked.delete(owner, referenceId);
        }
        return deadline;
    }

    /** Stops tracking a deadline, e.g. when its case is closed. */
    @Transactional
    public void cancel(String owner, String referenceId) {
        tracked.delete(owner, referenceId);
    }

    /** Recomputes every tracked deadline reaching into {@code year} on {@code schedule}; called inside the edit's transaction. */
    void recompute(int year, Schedule schedule) {
        WorkingCalendar updated = new WorkingCalendar(schedule);
        for (TrackedDeadlines.Tracked t : tracked.touching(year)) {
            Deadline d = updated.apply(t.rule(), t.start(), t.regionCode());
            boolean moved = !d.date().equals(t.deadline());
            if (d.provisional()) {
                if (moved) {
                    tracked.recomputed(t, d.date(), clock.instant());
                }
            } else {
                tracked.delete(t.owner(), t.referenceId());
            }
            if (moved || !d.provisional()) {
                events.publishEvent(new ProvisionalDeadlineRecomputed(t.owner(), t.referenceId(), t.deadline(), d.date(),
                        d.provisional()));
            }
        }
    }
}
