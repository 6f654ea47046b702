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
 * due soon and overdue, and demands not dispatched in time, and publishes one {@link DeadlinesSwept} event per
 * batch. There is never a scheduled task per demand. Each kind is walked in key order over a partial index of
 * the rows still to mark (keyset batches), so a sweep reads every row once however large the backlog.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineSweep {

    static final int BATCH = 2000;
    static final Duration DUE_SOON = Duration.ofHours(24);
    private static final Instant START = Instant.EPOCH;

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

    /** Where the previous batch of one kind ended. */
    private record Key(Instant due, long id, int seq) {
    }

    /** Marks everything due; returns how many rows were marked. Safe to run again at any time. */
    int sweep() {
        Instant now = clock.instant();
        return walk(new Key(START, 0, 0), """
                with picked as materialized (
                  select demand_id, seq from demand_work_order
                  where status in ('DISPATCHED', 'ACCEPTED') and overdue_at is null and reply_by <= :now
                    and (reply_by, demand_id, seq) > (:due, :id, :seq)
                  order by reply_by, demand_id, seq
                  limit :batch for update skip locked)
                update demand_work_order o set overdue_at = :now
                from picked where o.demand_id = picked.demand_id and o.seq = picked.seq
                returning o.reply_by, o.demand_id, o.seq, o.unit_id
                """, now, rs -> new WorkOrderOverdue(rs.getLong(2), rs.getLong(4), rs.getTimestamp(1).toInstant()),
                rows -> new DeadlinesSwept(now, rows, List.of(), List.of()))
                + walk(new Key(now, 0, 0), """
                with picked as materialized (
                  select demand_id, seq from demand_work_order
                  where status in ('DISPATCHED', 'ACCEPTED') and due_soon_at is null and overdue_at is null
                    and reply_by > :now and reply_by <= :soon and (reply_by, demand_id, seq) > (:due, :id, :seq)
                  order by reply_by, demand_id, seq
                  limit :batch for update skip locked)
                update demand_work_order o set due_soon_at = :now
                from picked where o.demand_id = picked.demand_id and o.seq = picked.seq
                returning o.reply_by, o.demand_id, o.seq, o.unit_id
                """, now, rs -> new WorkOrderDueSoon(rs.getLong(2), rs.getLong(4), rs.getTimestamp(1).toInstant()),
                rows -> new DeadlinesSwept(now, List.of(), rows, List.of()))
                + walk(new Key(START, 0, 0), """
                with picked as materialized (
                  select id from demand where status in ('RECEIVED', 'RETURNED') and dispatch_overdue_at is null
                    and dispatch_by <= :now and (dispatch_by, id) > (:due, :id)
                  order by dispatch_by, id
                  limit :batch for update skip locked)
                update demand d set dispatch_overdue_at = :now
                from picked where d.id = picked.id
                returning d.dispatch_by, d.id, 0, d.region_code
                """, now, rs -> new DispatchOverdue(rs.getLong(2), rs.getString(4), rs.getTimestamp(1).toInstant()),
                rows -> new DeadlinesSwept(now, List.of(), List.of(), rows));
    }

    /**
     * Runs one kind's marking statement batch after batch, each continuing after the last key of the one before,
     * each in its own transaction with its event. The statement returns the key (due, id, seq) in its first three
     * columns.
     */
    private <T> int walk(Key start, String sql, Instant now, RowReader<T> reader,
            java.util.function.Function<List<T>, DeadlinesSwept> event) {
        int total = 0;
        Key after = start;
        List<Marked<T>> batch;
        do {
            Key from = after;
            batch = inTransaction(() -> jdbc.sql(sql).param("now", Timestamp.from(now))
                    .param("soon", Timestamp.from(now.plus(DUE_SOON))).param("due", Timestamp.from(from.due()))
                    .param("id", from.id()).param("seq", from.seq()).param("batch", BATCH)
                    .query((rs, i) -> new Marked<>(new Key(rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getInt(3)),
                            reader.read(rs))).list(), event);
            total += batch.size();
            after = last(batch, after);
        } while (batch.size() >= BATCH);
        return total;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /** A marked row with its key. */
    private record Marked<T>(Key key, T row) {
    }

    /**
     * Marks one batch and publishes its event in the same transaction: the event registry stores the event with
     * the marks, or neither.
     */
    private <T> List<Marked<T>> inTransaction(java.util.function.Supplier<List<Marked<T>>> mark,
            java.util.function.Function<List<T>, DeadlinesSwept> event) {
        List<Marked<T>> marked = tx.execute(status -> {
            List<Marked<T>> rows = mark.get();
            if (!rows.isEmpty()) {
                events.publishEvent(event.apply(rows.stream().map(Marked::row).toList()));
            }
            return rows;
        });
        return marked == null ? List.of() : marked;
    }

    private static Key last(List<? extends Marked<?>> batch, Key after) {
        Key max = after;
        for (Marked<?> m : batch) {
            Key k = m.key();
            int c = k.due().compareTo(max.due());
            if (c > 0 || c == 0 && (k.id() > max.id() || k.id() == max.id() && k.seq() > max.seq())) {
                max = k;
            }
        }
        return max;
    }
}
