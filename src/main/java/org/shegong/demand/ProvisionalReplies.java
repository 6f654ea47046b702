package org.shegong.demand;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.ProvisionalDeadlineRecomputed;
import org.shegong.calendar.ProvisionalDeadlines;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deadlines counted in days are registered with the calendar: a work order's reply deadline under
 * {@code <demand id>:<unit id>}, its acceptance and return-window deadlines under {@code <demand id>:<unit id>:accept}
 * and {@code :return}, a demand's dispatch deadline under {@code <demand id>:dispatch}. When one reaching into a year
 * without an official schedule is recomputed, the deadline still running follows it and the timeline records old →
 * new ({@link DemandStep#RECOMPUTE_DEADLINE}, written by the platform, with the deadline as its variant except for the
 * reply); every move is told: an order's deadlines to the unit holding it ({@link WorkOrderDeadlineRecomputed}), a
 * dispatch deadline to the region's supervising unit ({@link DispatchDeadlineRecomputed}).
 */
@Component
class ProvisionalReplies {

    static final String OWNER = "demand";

    private final ProvisionalDeadlines provisional;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProvisionalReplies(ProvisionalDeadlines provisional, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.provisional = provisional;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** After a dispatch or reopen at {@code at}: registers each order it made whose reply deadline counts days. */
    void register(Demand d, DemandDeadlines.ForDispatch limits, Instant at) {
        if (d.id() == null) {
            return;
        }
        long id = d.id().value();
        for (WorkOrder o : d.orders()) {
            if (o.status() != WorkOrder.Status.DISPATCHED || !o.dispatchedAt().equals(at)) {
                continue;
            }
            Deadline expected = o.role() == WorkOrder.Role.LEAD ? limits.replyBy() : limits.coReplyBy();
            track(id + ":" + o.unitId(), expected, o.replyBy(), at, d);
            track(id + ":" + o.unitId() + ":accept", limits.acceptBy(), o.acceptBy(), at, d);
            track(id + ":" + o.unitId() + ":return", limits.returnBy(), o.returnBy(), at, d);
        }
    }

    /** After intake at {@code at}: registers the demand's dispatch deadline when it counts days. */
    void registerDispatch(Demand d, Deadline dispatchBy, Instant at) {
        if (d.id() != null) {
            track(d.id().value() + ":dispatch", dispatchBy, d.dispatchBy(), at, d);
        }
    }

    private void track(String ref, Deadline expected, Instant stored, Instant at, Demand d) {
        if (expected.rule().countsDays() && stored.equals(expected.dueAt())) {
            provisional.register(OWNER, ref, at.atZone(Deadline.ZONE).toLocalDate(), expected.rule(), d.region().value());
        }
    }

    @ApplicationModuleListener
    void on(ProvisionalDeadlineRecomputed e) {
        if (!OWNER.equals(e.owner()) || e.oldDate().equals(e.newDate())) {
            return;
        }
        String[] ref = e.referenceId().split(":", 3);
        if (ref.length < 2 || !ref[0].matches("\\d{1,18}")) {
            return;
        }
        long demandId = Long.parseLong(ref[0]);
        if (ref.length == 2 && "dispatch".equals(ref[1])) {
            moveDispatch(demandId, e);
            return;
        }
        if (!ref[1].matches("\\d{1,18}")) {
            return;
        }
        long unitId = Long.parseLong(ref[1]);
        if (ref.length == 3) {
            moveOrder(demandId, unitId, ref[2], e);
            return;
        }
        String zh = "按正式节假日安排重算答复期限：" + e.oldDate() + " → " + e.newDate() + "。";
        String en = " Reply deadline recomputed on the official holiday schedule: " + e.oldDate() + " → " + e.newDate() + ".";
        int moved = jdbc.sql("""
                update demand_work_order set reply_by = :newBy,
                       deadline_note = deadline_note || :zh, deadline_note_en = deadline_note_en || :en
                 where demand_id = :d and unit_id = :u and status in ('DISPATCHED', 'ACCEPTED') and reply_by = :oldBy
                """)
                .param("newBy", Timestamp.from(Deadline.endOf(e.newDate())))
                .param("oldBy", Timestamp.from(Deadline.endOf(e.oldDate())))
                .param("zh", zh).param("en", en).param("d", demandId).param("u", unitId).update();
        if (moved == 0) {
            return;
        }
        record(demandId, null, e);
        events.publishEvent(new WorkOrderDeadlineRecomputed(new DemandId(demandId), unitId, "REPLY", e.oldDate(), e.newDate()));
    }

    /** The acceptance or return-window deadline of an order not yet accepted (both end with acceptance or a return). */
    private void moveOrder(long demandId, long unitId, String which, ProvisionalDeadlineRecomputed e) {
        String column = switch (which) {
            case "accept" -> "accept_by";
            case "return" -> "return_by";
            default -> null;
        };
        if (column == null) {
            return;
        }
        // the column is one of the two names above, never input
        int moved = jdbc.sql("""
                update demand_work_order set %1$s = :newBy
                 where demand_id = :d and unit_id = :u and status = 'DISPATCHED' and %1$s = :oldBy
                """.formatted(column))
                .param("newBy", Timestamp.from(Deadline.endOf(e.newDate())))
                .param("oldBy", Timestamp.from(Deadline.endOf(e.oldDate())))
                .param("d", demandId).param("u", unitId).update();
        if (moved > 0) {
            String deadline = which.toUpperCase(java.util.Locale.ROOT);
            record(demandId, deadline, e);
            events.publishEvent(new WorkOrderDeadlineRecomputed(new DemandId(demandId), unitId, deadline, e.oldDate(), e.newDate()));
        }
    }

    /** The dispatch deadline of a demand still waiting for dispatch. */
    private void moveDispatch(long demandId, ProvisionalDeadlineRecomputed e) {
        String zh = "按正式节假日安排重算派单期限：" + e.oldDate() + " → " + e.newDate() + "。";
        String en = " Dispatch deadline recomputed on the official holiday schedule: " + e.oldDate() + " → " + e.newDate() + ".";
        int moved = jdbc.sql("""
                update demand set dispatch_by = :newBy,
                       dispatch_note = coalesce(dispatch_note, '') || :zh, dispatch_note_en = coalesce(dispatch_note_en, '') || :en
                 where id = :d and status in ('RECEIVED', 'RETURNED') and dispatch_by = :oldBy
                """)
                .param("newBy", Timestamp.from(Deadline.endOf(e.newDate())))
                .param("oldBy", Timestamp.from(Deadline.endOf(e.oldDate())))
                .param("zh", zh).param("en", en).param("d", demandId).update();
        if (moved > 0) {
            record(demandId, "DISPATCH", e);
            String region = jdbc.sql("select region_code from demand where id = :d").param("d", demandId).query(String.class)
                    .single();
            events.publishEvent(new DispatchDeadlineRecomputed(new DemandId(demandId), region, e.oldDate(), e.newDate()));
        }
    }

    private void record(long demandId, @Nullable String variant, ProvisionalDeadlineRecomputed e) {
        jdbc.sql("update demand set version = version + 1 where id = :id").param("id", demandId).update();
        jdbc.sql("""
                insert into demand_timeline (demand_id, seq, at, actor, actor_unit_id, action, variant, detail)
                values (:id, (select coalesce(max(seq), -1) + 1 from demand_timeline where demand_id = :id), :at, 'platform',
                        null, 'RECOMPUTE_DEADLINE', :variant, :detail)""")
                .param("id", demandId).param("at", Timestamp.from(clock.instant())).param("variant", variant)
                .param("detail", e.oldDate() + " → " + e.newDate()).update();
    }
}
