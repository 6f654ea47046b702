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

    /**
     * Rows per batch, event and transaction. 10,000 (was 2,000): a batch's cost is mostly per transaction and per
     * event (registry row, listener transaction, completion), so fewer, larger batches sweep faster (issue 12).
     */
    static final int BATCH = 10_000;
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
                select o.reply_by as due, o.demand_id as id, o.seq, o.unit_id from demand_work_order o, mark m
                where o.status in ('DISPATCHED', 'ACCEPTED') and o.reply_by <= :upTo
                  and (o.reply_by, o.demand_id, o.seq) > (m.due, m.id, m.seq)
                order by o.reply_by, o.demand_id, o.seq limit :batch
                """, rs -> new WorkOrderOverdue(rs.getLong(2), rs.getLong(4), rs.getTimestamp(1).toInstant()),
                rows -> new DeadlinesSwept(now, rows, List.of(), List.of()))
                // orders whose whole limit is under a day are urgent from the start and not announced as due soon
                + walk("DUE_SOON", now, now.plus(DUE_SOON), """
                select o.reply_by as due, o.demand_id as id, o.seq, o.unit_id from demand_work_order o, mark m
                where o.status in ('DISPATCHED', 'ACCEPTED') and o.reply_by <= :upTo and o.reply_by > :now
                  and (o.reply_by, o.demand_id, o.seq) > (m.due, m.id, m.seq)
                order by o.reply_by, o.demand_id, o.seq limit :batch
                """, rs -> new WorkOrderDueSoon(rs.getLong(2), rs.getLong(4), rs.getTimestamp(1).toInstant()),
                rows -> new DeadlinesSwept(now, List.of(), rows, List.of()))
                + walk("DISPATCH", now, now, """
                select d.dispatch_by as due, d.id, 0 as seq, d.region_code from demand d, mark m
                where d.status in ('RECEIVED', 'RETURNED') and d.dispatch_by <= :upTo
                  and (d.dispatch_by, d.id) > (m.due, m.id)
                order by d.dispatch_by, d.id limit :batch
                """, rs -> new DispatchOverdue(rs.getLong(2), rs.getString(4), rs.getTimestamp(1).toInstant()),
                rows -> new DeadlinesSwept(now, List.of(), List.of(), rows));
    }

    /**
     * Reads one kind onward from its mark up to {@code upTo}, batch after batch; each batch, its event and the moved
     * mark are one transaction, and reading the batch and moving the mark one statement (the mark row is locked
     * first, so two sweeps never announce the same rows). {@code sql} reads from the CTE {@code mark} and names the
     * key columns due, id, seq.
     */
    private <T> int walk(String kind, Instant now, Instant upTo, String sql, RowReader<T> reader, Function<List<T>, DeadlinesSwept> event) {
        int total = 0;
        int found;
        do {
            Integer n = tx.execute(status -> {
                // one statement: lock the mark, read the next batch after it, move the mark to the batch's last key
                List<Found<T>> batch = jdbc.sql("""
                        with mark as (select due, id, seq from demand_sweep_mark where kind = :kind for update),
                        batch as ({select}),
                        moved as (
                          update demand_sweep_mark k set due = l.due, id = l.id, seq = l.seq
                          from (select due, id, seq from batch order by due desc, id desc, seq desc limit 1) l
                          where k.kind = :kind)
                        select * from batch order by due, id, seq
                        """.replace("{select}", sql))
                        .param("kind", kind).param("upTo", Timestamp.from(upTo)).param("now", Timestamp.from(now))
                        .param("batch", BATCH)
                        .query((rs, i) -> new Found<>(new Key(rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getInt(3)),
                                reader.read(rs))).list();
                if (batch.isEmpty()) {
                    return 0;
                }
                List<T> rows = new ArrayList<>(batch.size());
                batch.forEach(f -> rows.add(f.row()));
                events.publishEvent(event.apply(rows));
                return batch.size();
            });
            found = n == null ? 0 : n;
            total += found;
        } while (found >= BATCH);
        return total;
    }
}
