package org.shegong.demand;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.ProvisionalDeadlineRecomputed;
import org.shegong.calendar.ProvisionalDeadlines;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reply deadlines of work orders counted in days are registered with the calendar under
 * {@code <demand id>:<unit id>}; when one reaching into a year without an official schedule is recomputed, the open
 * order's reply deadline follows it, the timeline records old → new ({@link DemandStep#RECOMPUTE_DEADLINE}, written by
 * the platform) and {@link WorkOrderDeadlineRecomputed} tells the unit holding it.
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
        Long id = d.id();
        if (id == null) {
            return;
        }
        for (WorkOrder o : d.orders()) {
            if (o.status() != WorkOrder.Status.DISPATCHED || !o.dispatchedAt().equals(at)) {
                continue;
            }
            Deadline expected = o.role() == WorkOrder.Role.LEAD ? limits.replyBy() : limits.coReplyBy();
            if (expected.rule().countsDays() && o.replyBy().equals(expected.dueAt())) {
                provisional.register(OWNER, id + ":" + o.unitId(), at.atZone(Deadline.ZONE).toLocalDate(), expected.rule(),
                        d.region().value());
            }
        }
    }

    @ApplicationModuleListener
    void on(ProvisionalDeadlineRecomputed e) {
        if (!OWNER.equals(e.owner()) || e.oldDate().equals(e.newDate())) {
            return;
        }
        String[] ref = e.referenceId().split(":", 2);
        if (ref.length != 2 || !ref[0].matches("\\d{1,18}") || !ref[1].matches("\\d{1,18}")) {
            return;
        }
        long demandId = Long.parseLong(ref[0]);
        long unitId = Long.parseLong(ref[1]);
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
        jdbc.sql("update demand set version = version + 1 where id = :id").param("id", demandId).update();
        jdbc.sql("""
                insert into demand_timeline (demand_id, seq, at, actor, actor_unit_id, action, detail)
                values (:id, (select coalesce(max(seq), -1) + 1 from demand_timeline where demand_id = :id), :at, 'platform',
                        null, 'RECOMPUTE_DEADLINE', :detail)""")
                .param("id", demandId).param("at", Timestamp.from(clock.instant()))
                .param("detail", e.oldDate() + " → " + e.newDate()).update();
        events.publishEvent(new WorkOrderDeadlineRecomputed(demandId, unitId, e.oldDate(), e.newDate()));
    }
}
