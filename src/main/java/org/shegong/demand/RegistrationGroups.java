package org.shegong.demand;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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
        boolean done;
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

    /** Registers the demand with whatever is queued with it; returns once its group has committed. */
    DemandManagement.Submitted register(Waiting waiting) {
        Slot mine = new Slot(waiting);
        boolean interrupted = false;
        try {
            synchronized (this) {
                queue.add(mine);
            }
            while (true) {
                List<Slot> group = new ArrayList<>();
                synchronized (this) {
                    // a caller whose demand is already in a group waits for that group; it never leaves before the commit
                    while (!mine.done && (writing >= writers || !queue.contains(mine))) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (mine.done) {
                        if (mine.failure != null) {
                            throw mine.failure;
                        }
                        return java.util.Objects.requireNonNull(mine.submitted);
                    }
                    writing++;
                    while (!queue.isEmpty() && group.size() < groupSize) {
                        group.add(queue.poll());
                    }
                }
                try {
                    write(group);
                } finally {
                    synchronized (this) {
                        writing--;
                        notifyAll();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void write(List<Slot> group) {
        try {
            List<DemandManagement.Submitted> submitted = transaction.execute(s -> store(group.stream().map(g -> g.waiting).toList()));
            synchronized (this) {
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).submitted = submitted.get(i);
                    group.get(i).done = true;
                }
            }
        } catch (RuntimeException groupFailed) {
            group.forEach(g -> g.waiting.registration().demand().notRegistered());
            for (Slot one : group) {
                DemandManagement.Submitted alone = null;
                RuntimeException failure = null;
                if (group.size() == 1) {
                    failure = groupFailed;
                } else {
                    try {
                        alone = transaction.execute(s -> store(List.of(one.waiting)).get(0));
                    } catch (RuntimeException e) {
                        one.waiting.registration().demand().notRegistered();
                        failure = e;
                    }
                }
                synchronized (this) {
                    one.submitted = alone;
                    one.failure = failure;
                    one.done = true;
                }
            }
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
