package org.shegong.demand;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.shegong.OverviewTile;
import org.shegong.OverviewTile.Figure;
import org.shegong.Rows;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 接诉即办's tile on the 一屏统览 overview: the open work in the drilled region now — demands waiting for dispatch
 * (and those past their dispatch limit), work orders open and past their reply limit. For the region's supervisors
 * (the roles that may {@link DemandStep#SUPERVISE}); read from the partial indexes over open rows, never from all
 * demands. Volumes and 三率 are the overview's own (insight).
 */
@Component
class DemandOverview implements OverviewSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    DemandOverview(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OverviewTile> tile(StaffPrincipal me, String regionCode) {
        if (!DemandStep.SUPERVISE.allowsAnyOf(me.roles())) {
            return Optional.empty();
        }
        String like = RegionCode.of(regionCode).prefix() + "%";
        Timestamp now = Timestamp.from(clock.instant());
        Counts dispatch = jdbc.sql("""
                select count(*) as total, count(*) filter (where dispatch_by <= :now) as overdue from demand
                where status in ('RECEIVED', 'RETURNED') and region_code like :like
                """).param("now", now).param("like", like)
                .query(Rows.of(Counts.class)).single();
        Counts orders = jdbc.sql("""
                select count(*) as total, count(*) filter (where o.reply_by <= :now) as overdue from demand_work_order o
                join demand d on d.id = o.demand_id
                where o.status in ('DISPATCHED', 'ACCEPTED') and d.region_code like :like
                """).param("now", now).param("like", like)
                .query(Rows.of(Counts.class)).single();
        return Optional.of(new OverviewTile(10, "demand.overview.title", List.of(
                new Figure("demand.overview.toDispatch", format(dispatch.total()), false),
                new Figure("demand.overview.dispatchOverdue", format(dispatch.overdue()), dispatch.overdue() > 0),
                new Figure("demand.overview.open", format(orders.total()), false),
                new Figure("demand.overview.overdue", format(orders.overdue()), orders.overdue() > 0)), "/demands/board"));
    }

    /** How many wait, and how many of them are past their deadline. */
    private record Counts(long total, long overdue) {
    }

    static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
