package org.shegong.dispute;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.GridTask;
import org.shegong.Rows;
import org.shegong.ToDo;
import org.shegong.calendar.Deadline;
import org.shegong.identity.GridTaskSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.ToDoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's lines on the staff to-do list (mediations near the month limit, confirmation windows closing,
 * performance follow-ups due) and on a grid worker's one list (screening rounds assigned to them, and disputes to
 * follow up in their grids). Confidential disputes (from an accusation petition) are left out of both: a count or a
 * title could point at an accuser.
 */
@Component
class DisputeTasks implements ToDoSource, GridTaskSource {

    /** How many days before a limit a line appears. */
    static final int MEDIATION_WARNING_DAYS = 5;
    static final int CONFIRMATION_WARNING_DAYS = 7;
    static final int FOLLOW_UP_WARNING_DAYS = 3;

    private final JdbcClient jdbc;
    private final Screenings screenings;
    private final Clock clock;

    DisputeTasks(JdbcClient jdbc, Screenings screenings, Clock clock) {
        this.jdbc = jdbc;
        this.screenings = screenings;
        this.clock = clock;
    }

    record Tally(long count, @Nullable LocalDate earliest, @Nullable Long first) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<ToDo> today(StaffPrincipal me) {
        List<ToDo> out = new ArrayList<>();
        if (me.scope().assignedOnly()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        if (DisputeStep.MEDIATE.allowsAnyOf(me.roles())) {
            add(out, "dispute.todo.mediationDue", tally(me, """
                    status = 'MEDIATING' AND mediation_due <= :until AND holder_region_code LIKE :like""", "mediation_due",
                    today.plusDays(MEDIATION_WARNING_DAYS)), now);
        }
        if (DisputeStep.FOLLOW_UP.allowsAnyOf(me.roles())) {
            add(out, "dispute.todo.confirmationClosing", tally(me, """
                    status = 'EFFECTIVE' AND confirmation_on IS NULL AND confirmation_due >= :today
                    AND confirmation_due <= :until""", "confirmation_due", today.plusDays(CONFIRMATION_WARNING_DAYS)), now);
            add(out, "dispute.todo.followUp", tally(me, """
                    status = 'EFFECTIVE' AND performance_due <= :until""", "performance_due",
                    today.plusDays(FOLLOW_UP_WARNING_DAYS)), now);
        }
        return out;
    }

    private Tally tally(StaffPrincipal me, String where, String dateColumn, LocalDate until) {
        return jdbc.sql("SELECT count(*) AS count, min(" + dateColumn + ") AS earliest, min(id) AS first FROM dispute "
                + "WHERE region_code LIKE :like "
                + "AND confidential = FALSE AND " + where)
                .param("like", me.scope().regionLike()).param("until", until).param("today", LocalDate.now(clock))
                .query(Rows.of(Tally.class)).single();
    }

    private static void add(List<ToDo> out, String key, Tally t, Instant now) {
        if (t.count() > 0) {
            Instant due = t.earliest() == null ? null : Deadline.endOf(t.earliest());
            out.add(new ToDo(key, t.count(), due, due != null && !due.isAfter(now),
                    t.count() == 1 ? "/disputes/" + t.first() : "/disputes"));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<GridTask> openTasks(StaffPrincipal me, Collection<String> gridCodes) {
        List<GridTask> out = new ArrayList<>();
        if (me.scope().assignedOnly() || gridCodes.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock);
        if (DisputeStep.SCREEN.allowsAnyOf(me.roles())) {
            for (Screenings.Round r : screenings.assigned(me.accountId().value(), gridCodes, today)) {
                out.add(new GridTask("dispute.task.screening", r.title() + " (" + r.screened() + "/" + r.households() + ")",
                        r.gridCode(), Deadline.endOf(r.periodEnd()), "/disputes/screenings/" + r.id()));
            }
        }
        if (DisputeStep.FOLLOW_UP.allowsAnyOf(me.roles())) {
            List<String> grids = gridCodes.stream().filter(g -> me.scope().covers(org.shegong.region.RegionCode.of(g))).toList();
            if (!grids.isEmpty()) {
                jdbc.sql("""
                        SELECT id, case_number, region_code, performance_due, status, mediation_due FROM dispute
                         WHERE region_code IN (:grids) AND confidential = FALSE
                           AND (status = 'EFFECTIVE' OR (status IN ('REGISTERED', 'MEDIATING') AND risk IN ('HIGH', 'VIOLENCE')))
                         ORDER BY coalesce(performance_due, mediation_due), id LIMIT 100""")
                        .param("grids", grids)
                        .query(Rows.of(Watched.class)).list().forEach(w -> out.add(w.task()));
            }
        }
        return out;
    }

    /** An agreed dispute to follow up, or a high-risk one to watch, in the caller's grids. */
    private record Watched(long id, String caseNumber, String regionCode, @Nullable LocalDate performanceDue,
            DisputeStatus status, @Nullable LocalDate mediationDue) {

        GridTask task() {
            LocalDate due = performanceDue != null ? performanceDue : mediationDue;
            String key = status == DisputeStatus.EFFECTIVE ? "dispute.task.followUp" : "dispute.task.watch";
            return new GridTask(key, caseNumber, regionCode, due == null ? null : Deadline.endOf(due), "/disputes/" + id);
        }
    }
}
