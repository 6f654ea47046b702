package org.shegong.demand;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.shegong.ToDo;
import org.shegong.identity.ToDoSource;
import org.shegong.identity.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 接诉即办's lines of the staff to-do list: for a handling unit the work orders to accept and to reply to and those
 * overdue; for the hotline the demands to dispatch, the returns to decide and the call-backs due; for administrators
 * the extensions and reopen requests to decide and the overdue work in their region. Counts follow the same scope
 * and relation as {@link DemandPermissions}: a unit's own orders, a region's demands for its operators and
 * supervisors, never an extension the person's own unit asked for.
 */
@Component
class DemandToDos implements ToDoSource {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CallBackManagement callBacks;

    DemandToDos(JdbcClient jdbc, Clock clock, CallBackManagement callBacks) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.callBacks = callBacks;
    }

    /** How many wait and the earliest deadline among them. */
    record Tally(long count, @Nullable Instant earliest, @Nullable Long firstDemandId) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<ToDo> today(StaffPrincipal me) {
        Instant now = clock.instant();
        List<ToDo> out = new ArrayList<>();
        if (DemandStep.ACCEPT.allowsAnyOf(me.roles())) {
            add(out, "demand.todo.accept", orders(me, "DISPATCHED", "accept_by", false), now, "/demands/inbox");
            add(out, "demand.todo.reply", orders(me, "ACCEPTED", "reply_by", false), now, "/demands/inbox");
            add(out, "demand.todo.overdue", orders(me, null, "reply_by", true), now, "/demands/inbox");
        }
        boolean regional = !me.scope().assignedOnly();
        if (regional && DemandStep.DISPATCH.allowsAnyOf(me.roles())) {
            add(out, "demand.todo.dispatch", toDispatch(me, "RECEIVED"), now, "/demands/workbench");
            Tally returns = toDispatch(me, "RETURNED");
            add(out, "demand.todo.returns", returns, now, single(returns, "/demands/workbench"));
        }
        if (regional && DemandStep.CALL_BACK.allowsAnyOf(me.roles())) {
            var queue = callBacks.queue(me.scope(), 500);
            add(out, "demand.todo.callBacks", new Tally(queue.size(), null, null), now, "/demands/callbacks");
        }
        if (regional && me.isAdministrator()) {
            Tally extensions = extensions(me);
            add(out, "demand.todo.extensions", extensions, now, single(extensions, "/demands/board"));
            long reopens = callBacks.reopenRequests(me.scope(), 500).size();
            add(out, "demand.todo.reopens", new Tally(reopens, null, null), now, "/demands/reopens");
            add(out, "demand.todo.overdueInRegion", overdueInRegion(me), now, "/demands/board");
        }
        return out;
    }

    private static void add(List<ToDo> out, String key, Tally t, Instant now, String link) {
        if (t.count() > 0) {
            out.add(new ToDo(key, t.count(), t.earliest(), t.earliest() != null && !t.earliest().isAfter(now), link));
        }
    }

    /** One record: straight to it; several: to the list where they are. */
    private static String single(Tally t, String list) {
        return t.count() == 1 && t.firstDemandId() != null ? "/demands/" + t.firstDemandId() : list;
    }

    /** The unit's open work orders in one state (or any open state), by the given deadline; optionally only overdue. */
    private Tally orders(StaffPrincipal me, @Nullable String status, String deadline, boolean overdueOnly) {
        String due = "accept_by".equals(deadline) ? "o.accept_by" : "o.reply_by";
        return jdbc.sql("""
                select count(*) as count, min(%s) as earliest, min(o.demand_id) as first_demand_id
                from demand_work_order o
                where o.unit_id = :unit and o.status in ('DISPATCHED', 'ACCEPTED')
                  and (cast(:status as text) is null or o.status = :status)
                  and (:overdueOnly = false or o.reply_by <= :now)
                """.formatted(due)).param("unit", me.unitId().value()).param("status", status)
                .param("overdueOnly", overdueOnly).param("now", Timestamp.from(clock.instant()))
                .query(Rows.of(Tally.class)).single();
    }

    private Tally toDispatch(StaffPrincipal me, String status) {
        return jdbc.sql("""
                select count(*) as count, min(d.dispatch_by) as earliest, min(d.id) as first_demand_id from demand d
                where d.status = :status and d.region_code like :like
                """).param("status", status).param("like", me.scope().regionLike()).query(Rows.of(Tally.class)).single();
    }

    /** Extensions asked for in the region, not by the person's own unit (接诉即办工作条例 §15: never one's own). */
    private Tally extensions(StaffPrincipal me) {
        return jdbc.sql("""
                select count(*) as count, min(o.reply_by) as earliest, min(d.id) as first_demand_id from demand d
                join demand_work_order o on o.demand_id = d.id and o.role = 'LEAD' and o.status in ('DISPATCHED', 'ACCEPTED')
                where d.requested_extension is not null and d.region_code like :like and o.unit_id <> :unit
                """).param("like", me.scope().regionLike()).param("unit", me.unitId().value()).query(Rows.of(Tally.class)).single();
    }

    private Tally overdueInRegion(StaffPrincipal me) {
        return jdbc.sql("""
                select count(*) as count, min(o.reply_by) as earliest, min(d.id) as first_demand_id from demand_work_order o join demand d on d.id = o.demand_id
                where o.status in ('DISPATCHED', 'ACCEPTED') and o.reply_by <= :now and d.region_code like :like
                """).param("like", me.scope().regionLike()).param("now", Timestamp.from(clock.instant()))
                .query(Rows.of(Tally.class)).single();
    }
}
