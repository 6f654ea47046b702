package org.shegong.demand;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores call-back rounds with their attempts; a save checks the version read. */
@Repository
class CallBacks {

    private final JdbcClient jdbc;

    CallBacks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest round of a demand, if any was started. */
    Optional<CallBack> latest(DemandId demandId) {
        return jdbc.sql("select * from demand_callback where demand_id = :d order by round desc limit 1")
                .param("d", demandId.value()).query(Rows.of(CallBack.Row.class)).optional().map(this::load);
    }

    /** The round to work on now: the latest open one, or a fresh one after an approved reopen. */
    CallBack current(DemandId demandId) {
        Optional<CallBack> latest = latest(demandId);
        if (latest.isEmpty()) {
            return new CallBack(demandId, 1);
        }
        CallBack c = latest.get();
        return c.reopen() == CallBack.Reopen.APPROVED ? new CallBack(demandId, c.round() + 1) : c;
    }

    void save(CallBack c) {
        int next = c.version() + 1;
        int updated;
        if (c.version() == 0) {
            updated = jdbc.sql("""
                    insert into demand_callback (demand_id, round, status, version) values (:d, :r, 'OPEN', 0)
                    on conflict do nothing
                    """).param("d", c.demandId().value()).param("r", c.round()).update();
            if (updated == 0) {
                throw new ConcurrentChange("callback", c.demandId().value());
            }
        }
        updated = jdbc.sql("""
                update demand_callback set status = :status, resolved = :resolved, satisfaction = :satisfaction,
                  comment = :comment, channel = :channel, recorded_by = :by, recorded_at = :at, reopen = :reopen,
                  reopen_decided_by = :decidedBy, reopen_decided_at = :decidedAt, reopen_reason = :reason, version = :next
                where demand_id = :d and round = :r and version = :version
                """)
                .param("status", c.status().name()).param("resolved", c.resolved())
                .param("satisfaction", name(c.satisfaction())).param("comment", c.comment()).param("channel", name(c.channel()))
                .param("by", c.recordedBy()).param("at", ts(c.recordedAt())).param("reopen", name(c.reopen()))
                .param("decidedBy", c.reopenDecidedBy()).param("decidedAt", ts(c.reopenDecidedAt()))
                .param("reason", c.reopenReason()).param("next", next).param("d", c.demandId().value()).param("r", c.round())
                .param("version", c.version()).update();
        if (updated == 0) {
            throw new ConcurrentChange("callback", c.demandId().value());
        }
        int seq = 0;
        for (CallBack.Attempt a : c.failedAttempts()) {
            jdbc.sql("""
                    insert into demand_callback_attempt (demand_id, round, seq, at, attempted_by) values (:d, :r, :s, :at, :by)
                    on conflict do nothing
                    """).param("d", c.demandId().value()).param("r", c.round()).param("s", seq++).param("at", ts(a.at()))
                    .param("by", a.by()).update();
        }
        c.saved(next);
    }

    /** The round of this row with its failed attempts. */
    private CallBack load(CallBack.Row row) {
        List<CallBack.Attempt> attempts = jdbc.sql("""
                select at, attempted_by as "by" from demand_callback_attempt where demand_id = :d and round = :r order by seq
                """).param("d", row.demandId()).param("r", row.round()).query(Rows.of(CallBack.Attempt.class)).list();
        return new CallBack(row, attempts);
    }

    private static @Nullable String name(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
