package org.shegong.demand;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One recurring, cluster-safe task (db-scheduler runs it on one node at a time) that marks work orders
 * due soon and overdue, and demands not dispatched in time, in batches over indexed deadline columns,
 * and publishes one {@link DeadlinesSwept} event per batch. There is never a scheduled task per demand.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineSweep {

    static final int BATCH = 1000;
    static final Duration DUE_SOON = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    DeadlineSweep(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> demandDeadlineSweep() {
        return Tasks.recurring("demand-deadline-sweep", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> sweep());
    }

    /** Marks everything due; returns how many rows were marked. Safe to run again at any time. */
    int sweep() {
        int total = 0;
        DeadlinesSwept swept;
        do {
            swept = batch();
            total += swept.size();
        } while (swept.overdue().size() >= BATCH || swept.dueSoon().size() >= BATCH
                || swept.dispatchOverdue().size() >= BATCH);
        return total;
    }

    /** Marks at most one batch of each kind, in one transaction. */
    private DeadlinesSwept batch() {
        Instant now = clock.instant();
        DeadlinesSwept swept = tx.execute(status -> {
            var overdue = jdbc.sql("""
                    with picked as materialized (
                      select demand_id, seq from demand_work_order
                      where status in ('DISPATCHED', 'ACCEPTED') and overdue_at is null and reply_by <= :now
                      limit :batch for update skip locked)
                    update demand_work_order o set overdue_at = :now
                    from picked where o.demand_id = picked.demand_id and o.seq = picked.seq
                    returning o.demand_id, o.unit_id, o.reply_by
                    """).param("now", Timestamp.from(now)).param("batch", BATCH)
                    .query((rs, i) -> new WorkOrderOverdue(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant())).list();
            var dueSoon = jdbc.sql("""
                    with picked as materialized (
                      select demand_id, seq from demand_work_order
                      where status in ('DISPATCHED', 'ACCEPTED') and due_soon_at is null and overdue_at is null
                        and reply_by > :now and reply_by <= :soon
                      limit :batch for update skip locked)
                    update demand_work_order o set due_soon_at = :now
                    from picked where o.demand_id = picked.demand_id and o.seq = picked.seq
                    returning o.demand_id, o.unit_id, o.reply_by
                    """).param("now", Timestamp.from(now)).param("soon", Timestamp.from(now.plus(DUE_SOON)))
                    .param("batch", BATCH)
                    .query((rs, i) -> new WorkOrderDueSoon(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant())).list();
            var undispatched = jdbc.sql("""
                    with picked as materialized (
                      select id from demand where status in ('RECEIVED', 'RETURNED') and dispatch_overdue_at is null
                        and dispatch_by <= :now
                      limit :batch for update skip locked)
                    update demand d set dispatch_overdue_at = :now
                    from picked where d.id = picked.id
                    returning d.id, d.region_code, d.dispatch_by
                    """).param("now", Timestamp.from(now)).param("batch", BATCH)
                    .query((rs, i) -> new DispatchOverdue(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
            DeadlinesSwept batch = new DeadlinesSwept(now, overdue, dueSoon, undispatched);
            if (!batch.isEmpty()) {
                // published inside the transaction: the event registry stores it with the marks, or neither
                events.publishEvent(batch);
            }
            return batch;
        });
        return swept == null ? new DeadlinesSwept(now, List.of(), List.of(), List.of()) : swept;
    }
}
