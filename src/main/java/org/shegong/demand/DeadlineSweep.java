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
import java.util.HashMap;
import java.util.Map;
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

    /** Announces everything that fell due since the last run; returns how many rows. Safe to run at any time. */
    int sweep() {
        Instant now = clock.instant();
        return walk("OVERDUE", now, now, """
                select o.reply_by as due, o.demand_id as id, o.seq, o.unit_id as counted from demand_work_order o
                where o.status in ('DISPATCHED', 'ACCEPTED') and o.reply_by <= :upTo
                  and (o.reply_by, o.demand_id, o.seq) > (m.due, m.id, m.seq)
                order by o.reply_by, o.demand_id, o.seq limit :batch
                """, rs -> rs.getLong(1), counts -> new DeadlinesSwept(now, counts, Map.of(), Map.of()))
                // orders whose whole limit is under a day are urgent from the start and not announced as due soon
                + walk("DUE_SOON", now, now.plus(DUE_SOON), """
                select o.reply_by as due, o.demand_id as id, o.seq, o.unit_id as counted from demand_work_order o
                where o.status in ('DISPATCHED', 'ACCEPTED') and o.reply_by <= :upTo and o.reply_by > :now
                  and (o.reply_by, o.demand_id, o.seq) > (m.due, m.id, m.seq)
                order by o.reply_by, o.demand_id, o.seq limit :batch
                """, rs -> rs.getLong(1), counts -> new DeadlinesSwept(now, Map.of(), counts, Map.of()))
                + walk("DISPATCH", now, now, """
                select d.dispatch_by as due, d.id, 0 as seq, d.region_code as counted from demand d
                where d.status in ('RECEIVED', 'RETURNED') and d.dispatch_by <= :upTo
                  and (d.dispatch_by, d.id) > (m.due, m.id)
                order by d.dispatch_by, d.id limit :batch
                """, rs -> rs.getString(1), counts -> new DeadlinesSwept(now, Map.of(), Map.of(), counts));
    }

    /** Reads the counted key (a unit, a region) of one group. */
    @FunctionalInterface
    private interface KeyReader<K> {
        K read(ResultSet rs) throws SQLException;
    }

    /**
     * Reads one kind onward from its mark up to {@code upTo}, batch after batch; each batch, its event and the moved
     * mark are one transaction, and reading the batch, moving the mark and counting the batch per unit (or region)
     * one statement: the rows never leave the database, only their counts do. The mark row is locked first, so two
     * sweeps never announce the same rows (the second waits, then reads after the first one's mark). {@code sql} is
     * joined laterally to the mark row {@code m} — so its {@code order by … limit} walks the partial index from the mark
     * and stops after one batch (a plain join sorted every remaining due row per batch: quadratic in the backlog) —
     * and names the key columns due, id, seq and the counted column {@code counted}.
     */
    private <K> int walk(String kind, Instant now, Instant upTo, String sql, KeyReader<K> key, Function<Map<K, Integer>, DeadlinesSwept> event) {
        int total = 0;
        int found;
        do {
            Integer n = tx.execute(status -> {
                Map<K, Integer> counts = new HashMap<>();
                jdbc.sql("""
                        with mark as (select due, id, seq from demand_sweep_mark where kind = :kind for update),
                        batch as (select b.* from mark m cross join lateral ({select}) b),
                        moved as (
                          update demand_sweep_mark k set due = l.due, id = l.id, seq = l.seq
                          from (select due, id, seq from batch order by due desc, id desc, seq desc limit 1) l
                          where k.kind = :kind)
                        select counted, count(*) from batch group by counted
                        """.replace("{select}", sql))
                        .param("kind", kind).param("upTo", Timestamp.from(upTo)).param("now", Timestamp.from(now))
                        .param("batch", BATCH)
                        .query(rs -> {
                            counts.put(key.read(rs), rs.getInt(2));
                        });
                int rows = counts.values().stream().mapToInt(Integer::intValue).sum();
                if (rows > 0) {
                    events.publishEvent(event.apply(counts));
                }
                return rows;
            });
            found = n == null ? 0 : n;
            total += found;
        } while (found >= BATCH);
        return total;
    }
}
