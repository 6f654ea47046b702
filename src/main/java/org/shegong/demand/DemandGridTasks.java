package org.shegong.demand;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.shegong.GridTask;
import org.shegong.Rows;
import org.shegong.identity.GridTaskSource;
import org.shegong.identity.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 接诉即办 on a grid worker's one list: demands located in the worker's grids (a demand's region code is its grid when
 * it was placed by a point) whose work order waits for the worker's unit — to accept (verify) by the accept deadline,
 * or to handle and reply by the reply deadline.
 */
@Component
class DemandGridTasks implements GridTaskSource {

    static final int TITLE = 60;

    private final JdbcClient jdbc;

    DemandGridTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<GridTask> openTasks(StaffPrincipal me, Collection<String> gridCodes) {
        if (gridCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select d.id, d.matter, d.region_code, o.status = 'DISPATCHED' as to_accept,
                       case when o.status = 'DISPATCHED' then o.accept_by else o.reply_by end as due_at
                from demand d join demand_work_order o on o.demand_id = d.id
                where o.unit_id = :unit and o.status in ('DISPATCHED', 'ACCEPTED') and d.region_code in (:codes)
                order by case when o.status = 'DISPATCHED' then o.accept_by else o.reply_by end, d.id
                limit 500
                """).param("unit", me.unitId().value()).param("codes", gridCodes).query(Rows.of(Open.class)).stream()
                .map(o -> new GridTask(o.toAccept() ? "demand.gridTask.accept" : "demand.gridTask.reply",
                        o.matter().length() > TITLE ? o.matter().substring(0, TITLE) + "…" : o.matter(), o.regionCode(), o.dueAt(),
                        "/demands/" + o.id()))
                .toList();
    }

    /** An open work order of the unit: to accept (by its acceptance deadline) or to reply to (by its reply deadline). */
    private record Open(DemandId id, String matter, String regionCode, boolean toAccept, Instant dueAt) {
    }
}
