package org.shegong.demand;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One recurring, cluster-safe task (db-scheduler runs it on one node at a time) that announces work orders
 * gone overdue or due within a day, and demands not dispatched in time, with one {@link DeadlinesSwept} event per
 * batch. There is never a scheduled task per demand, and the sweep writes nothing to the orders: per kind it keeps
 * a mark — the key (deadline, id, seq) of the last row announced — and reads onward from it in key order, moving
 * the mark in the same transaction as the batch's event (see V9).
 */
@Configuration(proxyBeanMethods = false)
class DeadlineSweep {

    static final int BATCH = 2000;
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

    /** A row's place in deadline order. */
    private record Key(Instant due, long id, int seq) {
    }

    /** An announced row with its key. */
    private record Found<T>(Key key, T row) {
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Announces everything that fell due since the last run; returns how many rows. Safe to run at any time. */
    int sweep() {
        Instant now = clock.instant();
        return walk("OVERDUE", now, now, """
                select o.reply_by, o.demand_id, o.seq, o.unit_id from demand_work_order o
                where o.status in ('DISPATCHED', 'ACCEPTED') and o.reply_by <= :upTo
                  and (o.reply_by, o.demand_id, o.seq) > (:due, :id, :seq)
                order by o.reply_by, o.demand_id, o.seq limit :batch
                """, rs -> new WorkOrderOverdue(rs.getLong(2), rs.getLong(4), rs.getTimestamp(1).toInstant()),
                rows -> new DeadlinesSwept(now, rows, List.of(), List.of()))
                // orders whose whole limit is under a day are urgent from the start and not announced as due soon
                + walk("DUE_SOON", now, now.plus(DUE_SOON), """
                select o.reply_by, o.demand_id, o.seq, o.unit_id from demand_work_order o
                where o.status in ('DISPATCHED', 'ACCEPTED') and o.reply_by <= :upTo and o.reply_by > :now
                  and (o.reply_by, o.demand_id, o.seq) > (:due, :id, :seq)
                order by o.reply_by, o.demand_id, o.seq limit :batch
                """, rs -> new WorkOrderDueSoon(rs.getLong(2), rs.getLong(4), rs.getTimestamp(1).toInstant()),
                rows -> new DeadlinesSwept(now, List.of(), rows, List.of()))
                + walk("DISPATCH", now, now, """
                select d.dispatch_by, d.id, 0, d.region_code from demand d
                where d.status in ('RECEIVED', 'RETURNED') and d.dispatch_by <= :upTo
                  and (d.dispatch_by, d.id) > (:due, :id)
                order by d.dispatch_by, d.id limit :batch
                """, rs -> new DispatchOverdue(rs.getLong(2), rs.getString(4), rs.getTimestamp(1).toInstant()),
                rows -> new DeadlinesSwept(now, List.of(), List.of(), rows));
    }

    /**
     * Reads one kind onward from its mark up to {@code upTo}, batch after batch; each batch, its event and the moved
     * mark are one transaction. The statement returns the key (due, id, seq) in its first three columns.
     */
    private <T> int walk(String kind, Instant now, Instant upTo, String sql, RowReader<T> reader, Function<List<T>, DeadlinesSwept> event) {
        int total = 0;
        int found;
        do {
            Integer n = tx.execute(status -> {
                Key mark = jdbc.sql("select due, id, seq from demand_sweep_mark where kind = :kind for update")
                        .param("kind", kind)
                        .query((rs, i) -> new Key(rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getInt(3))).single();
                List<Found<T>> batch = jdbc.sql(sql).param("upTo", Timestamp.from(upTo)).param("now", Timestamp.from(now))
                        .param("due", Timestamp.from(mark.due())).param("id", mark.id()).param("seq", mark.seq())
                        .param("batch", BATCH)
                        .query((rs, i) -> new Found<>(new Key(rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getInt(3)),
                                reader.read(rs))).list();
                if (batch.isEmpty()) {
                    return 0;
                }
                List<T> rows = new ArrayList<>(batch.size());
                batch.forEach(f -> rows.add(f.row()));
                events.publishEvent(event.apply(rows));
                Key last = batch.get(batch.size() - 1).key();
                jdbc.sql("update demand_sweep_mark set due = :due, id = :id, seq = :seq where kind = :kind")
                        .param("due", Timestamp.from(last.due())).param("id", last.id()).param("seq", last.seq())
                        .param("kind", kind).update();
                return batch.size();
            });
            found = n == null ? 0 : n;
            total += found;
        } while (found >= BATCH);
        return total;
    }
}
