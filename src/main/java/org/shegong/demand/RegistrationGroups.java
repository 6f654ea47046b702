package org.shegong.demand;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.shegong.calendar.Deadline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of registrations (issue 12's intake ledger, fourth round). Requests that arrive while a registering
 * transaction is running queue up; whichever request thread finds a writer's place free takes everything queued (up
 * to {@code shegong.demand.intake.group-size}) and registers it in one statement and one transaction, and every
 * request of the group hears "accepted" only after that commit — as before, nothing is acknowledged that is not
 * durable. With one request at a time a group is that one request. At most {@code shegong.demand.intake.writers}
 * groups are written at once, so one group is being built while another waits for its commit.
 *
 * <p>If a group's transaction fails, each of its demands is registered again on its own, in its own transaction, so
 * one demand's failure is only its own caller's.
 */
@Component
class RegistrationGroups {

    /** A validated new demand waiting for its group's commit, and what its caller hears. */
    record Waiting(Demands.Registration registration, Deadline dispatchBy, Instant receivedAt) {
    }

    private static final class Slot {
        final Waiting waiting;
        final Thread caller = Thread.currentThread();
        volatile boolean done;
        /** The group this slot's caller is to write: handed over by the writer that finished before it. */
        volatile @Nullable List<Slot> toWrite;
        DemandManagement.@Nullable Submitted submitted;
        @Nullable RuntimeException failure;

        Slot(Waiting waiting) {
            this.waiting = waiting;
        }
    }

    private final Demands demands;
    private final ProvisionalReplies replies;
    private final TransactionTemplate transaction;
    private final int groupSize;
    private final int writers;
    private final ArrayDeque<Slot> queue = new ArrayDeque<>();
    private int writing;

    RegistrationGroups(Demands demands, ProvisionalReplies replies, PlatformTransactionManager transactions,
            @Value("${shegong.demand.intake.group-size:32}") int groupSize,
            @Value("${shegong.demand.intake.writers:2}") int writers) {
        this.demands = demands;
        this.replies = replies;
        this.transaction = new TransactionTemplate(transactions);
        this.groupSize = Math.max(1, groupSize);
        this.writers = Math.max(1, writers);
    }

    /**
     * Registers the demand with whatever is queued with it; returns once its group has committed. Each caller is woken
     * only for its own news — its group committed, or a group handed to it to write — never for every commit.
     */
    DemandManagement.Submitted register(Waiting waiting) {
        Slot mine = new Slot(waiting);
        List<Slot> group = null;
        synchronized (this) {
            queue.add(mine);
            if (writing < writers) {
                writing++;
                group = take();
            }
        }
        boolean interrupted = false;
        try {
            while (true) {
                if (group != null) {
                    try {
                        write(group);
                    } finally {
                        // whatever happened, the queue is never left without a writer
                        handOver();
                    }
                    group = null;
                }
                if (mine.done) {
                    if (mine.failure != null) {
                        throw mine.failure;
                    }
                    return java.util.Objects.requireNonNull(mine.submitted);
                }
                group = mine.toWrite;
                if (group != null) {
                    mine.toWrite = null;
                    continue;
                }
                // a caller whose demand is queued or in a group waits for it; it never leaves before the commit
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Under the lock: up to a group's size of what is queued, in order. */
    private List<Slot> take() {
        List<Slot> group = new ArrayList<>(Math.min(groupSize, queue.size()));
        while (!queue.isEmpty() && group.size() < groupSize) {
            group.add(queue.poll());
        }
        return group;
    }

    /** A writer is done: the first caller still queued, if any, writes the next group (its own among it). */
    private void handOver() {
        Slot next;
        synchronized (this) {
            next = queue.peek();
            if (next == null) {
                writing--;
                return;
            }
            next.toWrite = take();
        }
        LockSupport.unpark(next.caller);
    }

    private void finish(Slot slot, DemandManagement.@Nullable Submitted submitted, @Nullable RuntimeException failure) {
        slot.submitted = submitted;
        slot.failure = failure;
        slot.done = true;
        if (slot.caller != Thread.currentThread()) {
            LockSupport.unpark(slot.caller);
        }
    }

    private void write(List<Slot> group) {
        List<DemandManagement.Submitted> submitted;
        try {
            submitted = transaction.execute(s -> store(group.stream().map(g -> g.waiting).toList()));
        } catch (RuntimeException groupFailed) {
            group.forEach(g -> g.waiting.registration().demand().notRegistered());
            for (Slot one : group) {
                if (group.size() == 1) {
                    finish(one, null, groupFailed);
                    continue;
                }
                try {
                    finish(one, transaction.execute(s -> store(List.of(one.waiting)).get(0)), null);
                } catch (RuntimeException e) {
                    one.waiting.registration().demand().notRegistered();
                    finish(one, null, e);
                }
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            finish(group.get(i), submitted.get(i), null);
        }
    }

    /** In the caller's transaction: the demands, then what each one's registration starts. */
    private List<DemandManagement.Submitted> store(List<Waiting> group) {
        List<DemandId> ids = demands.register(group.stream().map(Waiting::registration).toList());
        List<DemandManagement.Submitted> out = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            Waiting w = group.get(i);
            Demand d = w.registration().demand();
            replies.registerDispatch(d, w.dispatchBy(), w.receivedAt());
            out.add(new DemandManagement.Submitted(ids.get(i), d.intake().trackingCode(), d.status(),
                    w.dispatchBy().dueAt(), w.dispatchBy().explanation(), false));
        }
        return out;
    }
}
