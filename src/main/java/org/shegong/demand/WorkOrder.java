package org.shegong.demand;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The demand as dispatched to one unit (工单): the lead or a co-handler, with its own limits and reply. */
final class WorkOrder {

    enum Role { LEAD, CO_HANDLER }

    enum Status { DISPATCHED, ACCEPTED, RETURNED, REPLIED, WITHDRAWN }

    private final long unitId;
    private final Role role;
    private final boolean designated;
    private final Instant dispatchedAt;
    private final Instant acceptBy;
    private Instant replyBy;
    private final Instant returnBy;
    private Status status = Status.DISPATCHED;
    private @Nullable Instant acceptedAt;
    private @Nullable Instant repliedAt;
    private @Nullable String reply;
    private @Nullable String returnReason;
    private String deadlineNote;
    private String deadlineNoteEn;

    WorkOrder(long unitId, Role role, boolean designated, Instant dispatchedAt, Demand.Assignment deadlines) {
        this.unitId = unitId;
        this.role = role;
        this.designated = designated;
        this.dispatchedAt = dispatchedAt;
        this.acceptBy = deadlines.acceptBy();
        this.replyBy = deadlines.replyBy();
        this.returnBy = deadlines.returnBy();
        this.deadlineNote = deadlines.deadlineNote();
        this.deadlineNoteEn = deadlines.deadlineNoteEn();
    }

    /** A stored work order's row in {@code demand_work_order}, read by column name (decision 0007). */
    record Row(long unitId, Role role, boolean designated, Instant dispatchedAt, Instant acceptBy, Instant replyBy,
            Instant returnBy, @Nullable String deadlineNote, @Nullable String deadlineNoteEn, Status status,
            @Nullable Instant acceptedAt, @Nullable Instant repliedAt, @Nullable String reply, @Nullable String returnReason) {
    }

    /** Rebuilds a stored work order exactly as it was saved. */
    WorkOrder(Row row) {
        this(row.unitId(), row.role(), row.designated(), row.dispatchedAt(), new Demand.Assignment(row.unitId(), row.acceptBy(),
                row.replyBy(), row.returnBy(), row.deadlineNote() == null ? "" : row.deadlineNote(),
                row.deadlineNoteEn() == null ? "" : row.deadlineNoteEn()));
        this.status = row.status();
        this.acceptedAt = row.acceptedAt();
        this.repliedAt = row.repliedAt();
        this.reply = row.reply();
        this.returnReason = row.returnReason();
    }

    void accept(Instant at) {
        if (status != Status.DISPATCHED) {
            throw DemandRules.violation("demand.order.notAwaitingAcceptance");
        }
        status = Status.ACCEPTED;
        acceptedAt = at;
    }

    void returnTo(String reason, Instant at) {
        if (designated) {
            // after 3 failed dispatches the hotline designates the unit, which may not return it again
            throw DemandRules.violation("demand.return.designated");
        }
        if (status != Status.DISPATCHED) {
            throw DemandRules.violation("demand.return.notDispatched");
        }
        if (!at.isBefore(returnBy)) {
            throw DemandRules.violation("demand.return.tooLate");
        }
        status = Status.RETURNED;
        returnReason = reason;
    }

    void refuseReturn() {
        status = Status.DISPATCHED;
    }

    void reply(String text, Instant at) {
        if (status != Status.ACCEPTED) {
            throw DemandRules.violation("demand.reply.notAccepted");
        }
        status = Status.REPLIED;
        reply = text;
        repliedAt = at;
    }

    void withdraw() {
        status = Status.WITHDRAWN;
    }

    void extendTo(Instant newReplyBy, @Nullable String reason) {
        replyBy = newReplyBy;
        deadlineNote = deadlineNote + "经批准延期至" + DeadlineText.of(newReplyBy) + "，理由：" + reason + "。";
        deadlineNoteEn = deadlineNoteEn + " Extended with approval to " + DeadlineText.of(newReplyBy) + "; reason: " + reason + ".";
    }

    String deadlineNote() {
        return deadlineNote;
    }

    String deadlineNoteEn() {
        return deadlineNoteEn;
    }

    boolean acceptedLateAt(Instant at) {
        return acceptedAt != null ? acceptedAt.isAfter(acceptBy) : !at.isBefore(acceptBy);
    }

    long unitId() {
        return unitId;
    }

    Role role() {
        return role;
    }

    boolean designated() {
        return designated;
    }

    Status status() {
        return status;
    }

    Instant dispatchedAt() {
        return dispatchedAt;
    }

    Instant acceptBy() {
        return acceptBy;
    }

    Instant replyBy() {
        return replyBy;
    }

    Instant returnBy() {
        return returnBy;
    }

    @Nullable String reply() {
        return reply;
    }

    @Nullable String returnReason() {
        return returnReason;
    }

    @Nullable Instant acceptedAt() {
        return acceptedAt;
    }

    @Nullable Instant repliedAt() {
        return repliedAt;
    }
}
