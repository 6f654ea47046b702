package org.shegong.demand;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists staff work from: a unit's inbox, the hotline's dispatch queue, the supervision board. All scoped. */
@Service
@Transactional(readOnly = true)
public class DemandQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    DemandQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The work orders of the signed-in unit, open ones first by deadline; {@code open=false} includes finished ones. */
    public List<InboxRow> inbox(StaffPrincipal me, boolean open, int limit) {
        return jdbc.sql("""
                select d.id as demand_id, d.tracking_code, d.kind, d.status, d.category_code, d.matter, d.region_code, d.received_at,
                       o.unit_id, o.role as order_role, o.status as order_status,
                       case when o.status = 'DISPATCHED' then o.accept_by else o.reply_by end as due_at,
                       (o.status in ('DISPATCHED', 'ACCEPTED') and o.reply_by > :now and o.reply_by <= :soon) as due_soon,
                       (o.status in ('DISPATCHED', 'ACCEPTED') and o.reply_by <= :now) as overdue
                from demand_work_order o join demand d on d.id = o.demand_id
                where o.unit_id = :unit and {which}
                limit :limit
                """.replace("{which}", open
                        // open only: walks the partial index (unit_id, reply_by) of open orders (V161), no sort
                        ? "o.status in ('DISPATCHED', 'ACCEPTED') order by o.reply_by"
                        : "o.status <> 'WITHDRAWN' order by (o.status in ('DISPATCHED', 'ACCEPTED')) desc, o.reply_by"))
                .param("unit", me.unitId().value()).param("now", Timestamp.from(clock.instant()))
                .param("soon", Timestamp.from(clock.instant().plus(DeadlineSweep.DUE_SOON)))
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Rows.of(InboxRow.class)).list();
    }

    /** Demands registered or returned and waiting for the hotline to dispatch them, oldest deadline first. */
    public List<InboxRow> dispatchQueue(Scope scope, int limit) {
        return jdbc.sql("""
                select d.id as demand_id, d.tracking_code, d.kind, d.status, d.category_code, d.matter, d.region_code, d.received_at,
                       null::bigint as unit_id, null as order_role, null as order_status, d.dispatch_by as due_at,
                       false as due_soon, d.dispatch_by <= :now as overdue
                from demand d
                where d.status in ('RECEIVED', 'RETURNED') and d.region_code like :like
                order by d.dispatch_by limit :limit
                """).param("like", scope.regionLike()).param("now", Timestamp.from(clock.instant()))
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Rows.of(InboxRow.class)).list();
    }

    /** 督办: open work orders in the scope that are overdue or due soon, most overdue first. */
    public List<InboxRow> supervisionBoard(Scope scope, int limit) {
        return jdbc.sql("""
                select d.id as demand_id, d.tracking_code, d.kind, d.status, d.category_code, d.matter, d.region_code, d.received_at,
                       o.unit_id, o.role as order_role, o.status as order_status, o.reply_by as due_at,
                       o.reply_by > :now and o.reply_by <= :soon as due_soon,
                       o.reply_by <= :now as overdue
                from demand_work_order o join demand d on d.id = o.demand_id
                where o.status in ('DISPATCHED', 'ACCEPTED') and d.region_code like :like and o.reply_by <= :soon
                order by o.reply_by limit :limit
                """).param("like", scope.regionLike()).param("now", Timestamp.from(clock.instant()))
                .param("soon", Timestamp.from(clock.instant().plus(DeadlineSweep.DUE_SOON)))
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Rows.of(InboxRow.class)).list();
    }

    /** 吹哨报到: demands on which the signed-in unit blew the whistle or was summoned, with the report deadline. */
    public List<InboxRow> whistles(StaffPrincipal me, int limit) {
        return jdbc.sql("""
                select d.id as demand_id, d.tracking_code, d.kind, d.status, d.category_code, d.matter, d.region_code, d.received_at,
                       s.unit_id, case when d.whistle_blower = :unit then 'WHISTLE_BLOWER' else 'SUMMONED' end as order_role,
                       case when s.reported_at is null then 'AWAITING_REPORT' else 'REPORTED' end as order_status,
                       s.report_by as due_at, false as due_soon,
                       coalesce((s.reported_at is null and s.report_by <= :now) or s.reported_at > s.report_by, false) as overdue
                from demand_summons s join demand d on d.id = s.demand_id
                where d.whistle_blower = :unit or s.unit_id = :unit
                order by s.report_by desc limit :limit
                """).param("unit", me.unitId().value()).param("now", Timestamp.from(clock.instant()))
                .param("limit", Math.min(Math.max(limit, 1), 500)).query(Rows.of(InboxRow.class)).list();
    }

    /** The caller's earlier demands in the scope, found by the phone's blind index (nothing is decrypted). */
    public List<InboxRow> callerHistory(Scope scope, String phoneBlindIndex, int limit) {
        return jdbc.sql("""
                select d.id as demand_id, d.tracking_code, d.kind, d.status, d.category_code, d.matter, d.region_code, d.received_at,
                       null::bigint as unit_id, null as order_role, null as order_status, d.received_at as due_at,
                       false as due_soon, false as overdue
                from demand d where d.phone_index = :index and d.region_code like :like
                order by d.received_at desc limit :limit
                """).param("index", phoneBlindIndex).param("like", scope.regionLike())
                .param("limit", Math.min(Math.max(limit, 1), 50)).query(Rows.of(InboxRow.class)).list();
    }

    /**
     * How many demands were received in [{@code from}, {@code to}) in each of {@code units} (a village counts its
     * grids, a township its villages); a duplicate merged into another is not counted again. For pre-filling forms.
     */
    public java.util.Map<org.shegong.region.RegionCode, Long> receivedIn(
            java.util.Collection<org.shegong.region.RegionCode> units, java.time.Instant from, java.time.Instant to) {
        java.util.Map<org.shegong.region.RegionCode, Long> out = new java.util.HashMap<>();
        for (org.shegong.region.RegionCode u : units) {
            out.put(u, jdbc.sql("""
                    SELECT count(*) FROM demand WHERE region_code LIKE :p AND received_at >= :f AND received_at < :t
                      AND status <> 'MERGED'""")
                    .param("p", u.prefix() + "%").param("f", java.sql.Timestamp.from(from))
                    .param("t", java.sql.Timestamp.from(to)).query(Long.class).single());
        }
        return out;
    }
}
