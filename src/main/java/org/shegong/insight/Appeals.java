package org.shegong.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.AuditEntry;
import org.shegong.identity.AuditLog;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 核减申诉: a unit asks, with a reason and evidence, to leave an unreasonable or out-of-remit demand out of
 * its score; a supervisor whose scope covers the unit approves or rejects with a reason. Both steps are in the
 * audit log and on the appeal list. An approved appeal removes the demand from that unit's figures only; the
 * demand itself is handled as before.
 */
@Service
public class Appeals {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Appeals(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Appeal request(StaffPrincipal unitStaff, long demandId, @Nullable String reason, @Nullable String evidence) {
        String why = required(reason, "reason", 1000);
        String proof = required(evidence, "evidence", 2000);
        LocalDate month = jdbc.sql("select month from insight_order where demand_id = :d and unit_id = :u")
                .param("d", demandId).param("u", unitStaff.unitId().value()).query(Date.class).optional()
                .map(Date::toLocalDate)
                .orElseThrow(() -> new InvalidInput("demandId", "insight.appeal.notYours"));
        boolean open = jdbc.sql("""
                select count(*) from insight_appeal where demand_id = :d and unit_id = :u and status in ('PENDING', 'APPROVED')
                """).param("d", demandId).param("u", unitStaff.unitId().value()).query(Long.class).single() > 0;
        if (open) {
            throw new InvalidInput("demandId", "insight.appeal.exists");
        }
        long id = jdbc.sql("""
                insert into insight_appeal (demand_id, unit_id, month, reason, evidence, status, requested_by, requested_at)
                values (:d, :u, :month, :reason, :evidence, 'PENDING', :by, :at) returning id
                """).param("d", demandId).param("u", unitStaff.unitId().value()).param("month", Date.valueOf(month))
                .param("reason", why).param("evidence", proof).param("by", unitStaff.username())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        audit.record(AuditEntry.of(unitStaff, "insight.appeal.request", "demand:" + demandId, "ok", why));
        return find(id);
    }

    @Transactional
    public Appeal decide(StaffPrincipal supervisor, long appealId, boolean approve, @Nullable String reason) {
        Appeal a = inScope(supervisor.scope(), appealId);
        String why = required(reason, "reason", 1000);
        if (!a.status().equals("PENDING")) {
            throw new InvalidInput("status", "insight.appeal.decided");
        }
        if (a.unitId() == supervisor.unitId().value()) {
            // no one judges their own unit's appeal
            throw new InvalidInput("status", "insight.appeal.ownUnit");
        }
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update insight_appeal set status = :status, decided_by = :by, decided_at = :at, decision_reason = :reason,
                  version = version + 1
                where id = :id and status = 'PENDING'
                """).param("status", approve ? "APPROVED" : "REJECTED").param("by", supervisor.username())
                .param("at", Timestamp.from(now)).param("reason", why).param("id", appealId).update();
        if (updated == 0) {
            throw new ConcurrentChange("appeal", appealId);
        }
        if (approve) {
            jdbc.sql("update insight_order set excluded = true where demand_id = :d and unit_id = :u")
                    .param("d", a.demandId()).param("u", a.unitId()).update();
        }
        audit.record(AuditEntry.of(supervisor, approve ? "insight.appeal.approve" : "insight.appeal.reject",
                "appeal:" + appealId + " demand:" + a.demandId() + " unit:" + a.unitId(), "ok", why));
        return find(appealId);
    }

    /** Appeals of units in the scope (a unit's own appeals for a department), pending first, newest first. */
    @Transactional(readOnly = true)
    public List<Appeal> list(Scope scope, long ownUnitId, int limit) {
        return jdbc.sql(SELECT + """
                where (u.region_code like :like or a.unit_id = :own)
                order by (a.status = 'PENDING') desc, a.id desc limit :limit
                """).param("like", scope.assignedOnly() ? "-" : scope.regionLike()).param("own", ownUnitId)
                .param("limit", Math.min(Math.max(limit, 1), 500)).query(Rows.of(Appeal.class)).list();
    }

    @Transactional(readOnly = true)
    public Appeal inScope(Scope scope, long id) {
        Appeal a = find(id);
        boolean visible = jdbc.sql("select count(*) from insight_unit where unit_id = :u and region_code like :like")
                .param("u", a.unitId()).param("like", scope.assignedOnly() ? "-" : scope.regionLike())
                .query(Long.class).single() > 0;
        if (!visible) {
            throw new NotFound("appeal", id);
        }
        return a;
    }

    private Appeal find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Rows.of(Appeal.class)).optional()
                .orElseThrow(() -> new NotFound("appeal", id));
    }

    private static final String SELECT = """
            select a.*, coalesce(u.name, '#' || a.unit_id) as unit_name
            from insight_appeal a left join insight_unit u on u.unit_id = a.unit_id
            """;

    private static String required(@Nullable String text, String field, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidInput(field, "insight.appeal." + field + ".required");
        }
        if (t.length() > max) {
            throw new InvalidInput(field, "insight.text.tooLong", max);
        }
        return t;
    }
}
