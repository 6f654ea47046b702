package org.shegong.care;

import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.GridTask;
import org.shegong.OverviewTile;
import org.shegong.Rows;
import org.shegong.ShegongApplication;
import org.shegong.ToDo;
import org.shegong.identity.GridTaskSource;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.ToDoSource;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What care says elsewhere: visits due in a grid worker's grids (their one list), overdue visits and needs not yet
 * handled (the home to-do list), and the 一屏统览 tile (people registered, visits due this week, overdue).
 */
@Component
class CareContributions implements GridTaskSource, ToDoSource, OverviewSource {

    private final JdbcClient jdbc;
    private final Grids grids;
    private final Clock clock;
    private final CareStatistics statistics;

    CareContributions(JdbcClient jdbc, Grids grids, Clock clock, CareStatistics statistics) {
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.grids = grids;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<GridTask> openTasks(StaffPrincipal me, Collection<String> gridCodes) {
        return statistics.dueSoon(me, gridCodes);
    }

    private record Tally(long count, @Nullable Instant earliest) {
    }

    /** People in care, visits due by Sunday, overdue now. */
    private record Week(long people, long dueThisWeek, long overdue) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<ToDo> today(StaffPrincipal me) {
        List<ToDo> out = new ArrayList<>();
        if (!CareStep.VIEW.allowsAnyOf(me.roles()) || me.scope().assignedOnly()) {
            return out;
        }
        Instant now = clock.instant();
        boolean gridBound = CarePermissions.onlyGridWorker(me);
        List<String> mine = gridBound ? grids.servedBy(me.username()).stream().map(RegionCode::value).toList() : null;
        if (CareStep.LOG_VISIT.allowsAnyOf(me.roles()) || CareStep.ASSIGN_VISITOR.allowsAnyOf(me.roles())) {
            Tally overdue = jdbc.sql("""
                    SELECT count(*) AS count, min(next_due_at) AS earliest FROM care_person
                    WHERE active AND next_due_at <= :now AND region_code LIKE :like
                      AND (:all OR region_code IN (:grids) OR visitor_account_id = :me)""")
                    .param("now", Timestamp.from(now)).param("like", me.scope().regionLike()).param("all", mine == null)
                    .param("grids", mine == null || mine.isEmpty() ? List.of("-") : mine).param("me", me.accountId().value())
                    .query(Rows.of(Tally.class)).single();
            if (overdue.count() > 0) {
                out.add(new ToDo("care.todo.overdue", overdue.count(), overdue.earliest(), true, "/care/overdue"));
            }
        }
        if (CareStep.REFER_NEED.allowsAnyOf(me.roles())) {
            Tally needs = jdbc.sql("""
                    SELECT count(*) AS count, NULL::timestamptz AS earliest FROM care_need WHERE status = 'OPEN' AND region_code LIKE :like
                      AND (:all OR region_code IN (:grids))""")
                    .param("like", me.scope().regionLike()).param("all", mine == null)
                    .param("grids", mine == null || mine.isEmpty() ? List.of("-") : mine)
                    .query(Rows.of(Tally.class)).single();
            if (needs.count() > 0) {
                out.add(new ToDo("care.todo.needs", needs.count(), null, false, "/care/needs"));
            }
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OverviewTile> tile(StaffPrincipal me, String regionCode) {
        if (!CareStep.VIEW_STATISTICS.allowsAnyOf(me.roles()) || !RegionCode.isWellFormed(regionCode)
                || !me.scope().covers(RegionCode.of(regionCode))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        LocalDate sunday = LocalDate.now(clock.withZone(ShegongApplication.ZONE)).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Instant weekEnd = sunday.plusDays(1).atStartOfDay(ShegongApplication.ZONE).toInstant();
        Week f = jdbc.sql("""
                SELECT count(*) AS people,
                  count(*) FILTER (WHERE next_due_at > :now AND next_due_at <= :weekEnd) AS due_this_week,
                  count(*) FILTER (WHERE next_due_at <= :now) AS overdue
                FROM care_person WHERE active AND region_code LIKE :like""")
                .param("now", Timestamp.from(now)).param("weekEnd", Timestamp.from(weekEnd))
                .param("like", RegionCode.of(regionCode).prefix() + "%")
                .query(Rows.of(Week.class)).single();
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ROOT);
        number.setGroupingUsed(true);
        return Optional.of(new OverviewTile(60, "care.overview.title", List.of(
                new OverviewTile.Figure("care.overview.people", number.format(f.people()), false),
                new OverviewTile.Figure("care.overview.dueThisWeek", number.format(f.dueThisWeek()), false),
                new OverviewTile.Figure("care.overview.overdue", number.format(f.overdue()), f.overdue() > 0)), "/care/statistics"));
    }
}
