package org.shegong.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.shegong.Grouped;
import org.shegong.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log (操作日志). Each row carries the SM3 hash of its content and its
 * predecessor's hash, so editing or deleting a row breaks the chain and {@link #verify()} finds it.
 * Appends serialise on one head row, so the chain stays linear with many nodes; within a node concurrent
 * appends are grouped into one transaction. Rows are written in their own transaction: a failed business
 * action is still recorded.
 */
@Component
public class AuditLog {

    /** The most entries one group commit appends. */
    static final int GROUP = 256;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    /** One group appended at a time: the chain's head is this node's to move. */
    private final Grouped<AuditEntry, Void> appends = new Grouped<>(GROUP, 1, this::appendGroup);
    /** The chain's head as this node last committed it; only read and written by the one group being appended. */
    private @Nullable Head head;

    AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Appends an entry and returns once it is committed. Concurrent callers are appended together (group commit,
     * {@link Grouped}): under load the chain costs one statement and one commit per group rather than per request.
     */
    public void record(AuditEntry e) {
        appends.call(e.clientIp() == null ? e.withClientIp(currentClientIp()) : e);
    }

    /** The address of the request being served on this thread, if any: every entry made for a request names it. */
    private static @Nullable String currentClientIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr()
                : null;
    }

    /** One group in its own transaction; a failed group leaves the head to be read again. */
    private List<Void> appendGroup(List<AuditEntry> group) {
        Head start = head;
        head = null;
        head = newTransaction.execute(status -> append(start, group));
        return java.util.Collections.nCopies(group.size(), null);
    }

    /**
     * Appends a group after {@code known}, the head as this node last committed it (null: not known). One statement
     * moves the head and inserts the group only if the head is still where this node left it; the head row's lock
     * keeps the chain linear across nodes as before. If another node appended since, the head is read under its lock
     * and the group chained after it. Returns the new head.
     */
    private Head append(@Nullable Head known, List<AuditEntry> group) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Head from = known != null ? known
                : jdbc.sql("select last_seq, last_hash from identity_audit_head where id = 1").query(Rows.of(Head.class)).single();
        Chained chained = chain(from, group, at);
        if (jdbc.sql(chained.sql()).params(chained.params()).update() == group.size()) {
            return chained.end();
        }
        from = jdbc.sql("select last_seq, last_hash from identity_audit_head where id = 1 for update")
                .query(Rows.of(Head.class)).single();
        chained = chain(from, group, at);
        if (jdbc.sql(chained.sql()).params(chained.params()).update() != group.size()) {
            throw new IllegalStateException("audit head moved while locked");
        }
        return chained.end();
    }

    /** The statement appending a group after {@code from}, its parameters and the head it leaves. */
    private record Chained(String sql, java.util.Map<String, Object> params, Head end) {
    }

    private Chained chain(Head from, List<AuditEntry> group, Instant at) {
        long seq = from.lastSeq();
        String prev = from.lastHash();
        // one statement per group: the head moves only from where it was, and the rows go in only if it moved
        StringBuilder values = new StringBuilder();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("at", java.sql.Timestamp.from(at));
        params.put("fromSeq", from.lastSeq());
        params.put("fromHash", from.lastHash());
        int i = 0;
        for (AuditEntry e : group) {
            seq++;
            String hash = chainHash(prev, seq, at, e.actor(), e.actorUnit(), e.action(), e.target(), e.outcome(),
                    e.detail(), e.clientIp());
            values.append(i == 0 ? "" : ",\n").append("""
                    (cast(:seq# as bigint), cast(:at as timestamptz), cast(:actor# as text), cast(:unit# as text),
                     cast(:action# as text), cast(:target# as text), cast(:outcome# as text), cast(:detail# as text),
                     cast(:ip# as text), cast(:prev# as text), cast(:hash# as text))""".replace("#", String.valueOf(i)));
            params.put("seq" + i, seq);
            params.put("actor" + i, e.actor());
            params.put("unit" + i, e.actorUnit());
            params.put("action" + i, e.action());
            params.put("target" + i, e.target());
            params.put("outcome" + i, e.outcome());
            params.put("detail" + i, truncate(e.detail()));
            params.put("ip" + i, e.clientIp());
            params.put("prev" + i, prev);
            params.put("hash" + i, hash);
            prev = hash;
            i++;
        }
        params.put("seq", seq);
        params.put("hash", prev);
        String sql = """
                with moved as (
                  update identity_audit_head set last_seq = :seq, last_hash = :hash
                  where id = 1 and last_seq = :fromSeq and last_hash = :fromHash
                  returning 1)
                insert into identity_audit_log (seq, at, actor, actor_unit, action, target, outcome, detail, client_ip, prev_hash, hash)
                select * from (values
                %s) v where exists (select 1 from moved)
                """.formatted(values);
        return new Chained(sql, params, new Head(seq, prev));
    }

    /** Walks the whole chain; returns the first row whose hash or link does not match, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> verify() {
        String prev = "0".repeat(64);
        long expectedSeq = 1;
        // streamed: the whole chain is never held at once
        try (Stream<AuditRecord> rows = jdbc.sql("select * from identity_audit_log order by seq")
                .query(Rows.of(AuditRecord.class)).stream()) {
            for (AuditRecord r : (Iterable<AuditRecord>) rows::iterator) {
                if (r.seq() != expectedSeq || !r.prevHash().equals(prev) || !r.expectedHash().equals(r.hash())) {
                    return Optional.of(r.seq());
                }
                prev = r.hash();
                expectedSeq++;
            }
        }
        Head head = jdbc.sql("select last_seq, last_hash from identity_audit_head where id = 1")
                .query(Rows.of(Head.class)).single();
        if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(prev)) {
            return Optional.of(expectedSeq);
        }
        return Optional.empty();
    }

    /** A page of the log, newest first, filtered by actor / action text. */
    @Transactional(readOnly = true)
    public List<AuditRecord> search(@Nullable String actor, @Nullable String action, int limit, long beforeSeq) {
        return jdbc.sql("""
                select * from identity_audit_log
                where (:actor = '' or actor = :actor)
                  and (:action = '' or action like :actionLike)
                  and seq < :before
                order by seq desc limit :limit
                """)
                .param("actor", actor == null ? "" : actor.strip())
                .param("action", action == null ? "" : action.strip())
                .param("actionLike", (action == null ? "" : action.strip().replace("%", "").replace("_", "\\_")) + "%")
                .param("before", beforeSeq <= 0 ? Long.MAX_VALUE : beforeSeq)
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Rows.of(AuditRecord.class)).list();
    }

    /** The chain's head: the last sequence number written and its hash. */
    private record Head(long lastSeq, String lastHash) {
    }

    static String chainHash(String prev, long seq, Instant at, String actor, @Nullable String unit, String action,
            @Nullable String target, String outcome, @Nullable String detail, @Nullable String ip) {
        StringBuilder sb = new StringBuilder(prev).append('|').append(seq).append('|')
                .append(at.truncatedTo(ChronoUnit.MICROS)).append('|');
        for (String s : new String[] { actor, unit, action, target, outcome, truncate(detail), ip }) {
            sb.append(s == null ? "\u0000" : s.replace("|", "||")).append('|');
        }
        return Sm3.hex(sb.toString());
    }

    private static @Nullable String truncate(@Nullable String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
