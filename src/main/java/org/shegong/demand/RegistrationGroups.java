package org.shegong.demand;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shegong.Grouped;
import org.shegong.calendar.Deadline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of registrations (issue 12's intake ledger, fourth round), with {@link Grouped}: requests that
 * arrive while a registering transaction is running queue up and are registered together (up to
 * {@code shegong.demand.intake.group-size}) in one statement and one transaction; every request of the group hears
 * "accepted" only after that commit — as before, nothing is acknowledged that is not durable. At most
 * {@code shegong.demand.intake.writers} groups are written at once.
 *
 * <p>If a group's transaction fails, each of its demands is registered again on its own, in its own transaction, so
 * one demand's failure is only its own caller's.
 */
@Component
class RegistrationGroups {

    /** A validated new demand waiting for its group's commit, and what its caller hears. */
    record Waiting(Demands.Registration registration, Deadline dispatchBy, Instant receivedAt) {
    }

    private final Demands demands;
    private final ProvisionalReplies replies;
    private final TransactionTemplate transaction;
    private final Grouped<Waiting, DemandManagement.Submitted> groups;

    RegistrationGroups(Demands demands, ProvisionalReplies replies, PlatformTransactionManager transactions,
            @Value("${shegong.demand.intake.group-size:32}") int groupSize,
            @Value("${shegong.demand.intake.writers:2}") int writers) {
        this.demands = demands;
        this.replies = replies;
        this.transaction = new TransactionTemplate(transactions);
        this.groups = new Grouped<>(groupSize, writers, this::write);
    }

    /** Registers the demand with whatever is queued with it; returns once its group has committed. */
    DemandManagement.Submitted register(Waiting waiting) {
        return groups.call(waiting);
    }

    /**
     * One group in one transaction. If it fails, nothing of it was stored: its demands forget what registering had
     * given them, and {@link Grouped} registers each again on its own.
     */
    private List<DemandManagement.Submitted> write(List<Waiting> group) {
        try {
            return transaction.execute(s -> store(group));
        } catch (RuntimeException failed) {
            group.forEach(g -> g.registration().demand().notRegistered());
            throw failed;
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
