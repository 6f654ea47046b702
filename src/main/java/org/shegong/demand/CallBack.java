package org.shegong.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.calendar.Deadline;

/**
 * One round of call-back (回访, 接诉即办工作条例 §23) on a demand: failed attempts, then one result —
 * reached with resolved yes/no and satisfied / basically satisfied / dissatisfied, or unreachable.
 * An unresolved or dissatisfied result raises a reopen request a supervisor decides. A reopen starts
 * the next round once the unit has replied again.
 *
 * <p>Retry rule (a local practice, no public source fixes it): up to {@value #MAX_ATTEMPTS} attempts, each
 * on a different half-day (morning / afternoon in Asia/Shanghai), then the requester is unreachable and the
 * demand is left out of the resolution and satisfaction rates.
 */
final class CallBack {

    static final int MAX_ATTEMPTS = 3;

    enum Status { OPEN, DONE, UNREACHABLE }

    enum Channel { PHONE, ONLINE }

    enum Reopen { REQUESTED, APPROVED, REJECTED }

    record Attempt(Instant at, String by) {
    }

    private final DemandId demandId;
    private final int round;
    private int version;
    private Status status = Status.OPEN;
    private final List<Attempt> failed = new ArrayList<>();
    private @Nullable Boolean resolved;
    private @Nullable Satisfaction satisfaction;
    private @Nullable String comment;
    private @Nullable Channel channel;
    private @Nullable String recordedBy;
    private @Nullable Instant recordedAt;
    private @Nullable Reopen reopen;
    private @Nullable String reopenDecidedBy;
    private @Nullable Instant reopenDecidedAt;
    private @Nullable String reopenReason;

    CallBack(DemandId demandId, int round) {
        this.demandId = demandId;
        this.round = round;
    }

    /** A stored round's row in {@code demand_callback}, read by column name (decision 0007). */
    record Row(long demandId, int round, int version, Status status, @Nullable Boolean resolved,
            @Nullable Satisfaction satisfaction, @Nullable String comment, @Nullable Channel channel,
            @Nullable String recordedBy, @Nullable Instant recordedAt, @Nullable Reopen reopen,
            @Nullable String reopenDecidedBy, @Nullable Instant reopenDecidedAt, @Nullable String reopenReason) {
    }

    /** Rebuilds a stored round exactly as it was saved (for {@link CallBacks} only). */
    CallBack(Row row, List<Attempt> failed) {
        this(new DemandId(row.demandId()), row.round());
        this.version = row.version();
        this.status = row.status();
        this.failed.addAll(failed);
        this.resolved = row.resolved();
        this.satisfaction = row.satisfaction();
        this.comment = row.comment();
        this.channel = row.channel();
        this.recordedBy = row.recordedBy();
        this.recordedAt = row.recordedAt();
        this.reopen = row.reopen();
        this.reopenDecidedBy = row.reopenDecidedBy();
        this.reopenDecidedAt = row.reopenDecidedAt();
        this.reopenReason = row.reopenReason();
    }

    /** The phone was not answered. The third failure on three different half-days makes the requester unreachable. */
    void notReached(String by, Instant at) {
        requireOpen();
        if (failed.stream().anyMatch(a -> halfDay(a.at()).equals(halfDay(at)))) {
            throw new InvalidInput("reached", "callback.attempt.sameHalfDay");
        }
        failed.add(new Attempt(at, by));
        if (failed.size() >= MAX_ATTEMPTS) {
            status = Status.UNREACHABLE;
            recordedAt = at;
            recordedBy = by;
        }
    }

    /**
     * The result. On the phone only while the round is open; a citizen may still rate online after the
     * phone attempts failed (they reached us). A second result is refused.
     */
    void result(@Nullable Boolean isResolved, @Nullable Satisfaction verdict, @Nullable String text, Channel via, String by,
            Instant at, boolean replied) {
        if (status == Status.DONE) {
            throw new InvalidInput("result", "callback.result.already");
        }
        if (status == Status.UNREACHABLE && via == Channel.PHONE) {
            throw new InvalidInput("result", "callback.unreachable");
        }
        if (isResolved == null) {
            throw new InvalidInput("resolved", "callback.resolved.required");
        }
        if (verdict == null) {
            throw new InvalidInput("satisfaction", "callback.satisfaction.required");
        }
        String note = text == null || text.isBlank() ? null : text.strip();
        if (note != null && note.length() > 1000) {
            throw new InvalidInput("comment", "callback.comment.tooLong", 1000);
        }
        status = Status.DONE;
        resolved = isResolved;
        satisfaction = verdict;
        comment = note;
        channel = via;
        recordedBy = by;
        recordedAt = at;
        // an unreplied (overdue) demand is still with its unit: there is nothing to reopen yet
        if (replied && (!isResolved || verdict == Satisfaction.DISSATISFIED)) {
            reopen = Reopen.REQUESTED;
        }
    }

    void approveReopen(String reason, String by, Instant at) {
        decide(Reopen.APPROVED, reason, by, at);
    }

    void rejectReopen(String reason, String by, Instant at) {
        decide(Reopen.REJECTED, reason, by, at);
    }

    private void decide(Reopen decision, String reason, String by, Instant at) {
        if (reopen != Reopen.REQUESTED) {
            throw new InvalidInput("reopen", "callback.reopen.notRequested");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("reason", "callback.reason.required");
        }
        if (text.length() > 1000) {
            throw new InvalidInput("reason", "callback.comment.tooLong", 1000);
        }
        reopen = decision;
        reopenReason = text;
        reopenDecidedBy = by;
        reopenDecidedAt = at;
    }

    private void requireOpen() {
        if (status == Status.DONE) {
            throw new InvalidInput("result", "callback.result.already");
        }
        if (status == Status.UNREACHABLE) {
            throw new InvalidInput("result", "callback.unreachable");
        }
    }

    /** Morning or afternoon of a day in Asia/Shanghai, e.g. "2026-11-27AM". */
    static String halfDay(Instant at) {
        var local = at.atZone(Deadline.ZONE);
        LocalDate day = local.toLocalDate();
        return day + (local.getHour() < 12 ? "AM" : "PM");
    }

    DemandId demandId() {
        return demandId;
    }

    int round() {
        return round;
    }

    int version() {
        return version;
    }

    void saved(int newVersion) {
        version = newVersion;
    }

    Status status() {
        return status;
    }

    List<Attempt> failedAttempts() {
        return Collections.unmodifiableList(failed);
    }

    @Nullable Boolean resolved() {
        return resolved;
    }

    @Nullable Satisfaction satisfaction() {
        return satisfaction;
    }

    @Nullable String comment() {
        return comment;
    }

    @Nullable Channel channel() {
        return channel;
    }

    @Nullable String recordedBy() {
        return recordedBy;
    }

    @Nullable Instant recordedAt() {
        return recordedAt;
    }

    @Nullable Reopen reopen() {
        return reopen;
    }

    @Nullable String reopenReason() {
        return reopenReason;
    }

    @Nullable String reopenDecidedBy() {
        return reopenDecidedBy;
    }

    @Nullable Instant reopenDecidedAt() {
        return reopenDecidedAt;
    }
}
