package org.shegong.petition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shegong.OverviewTile;
import org.shegong.OverviewTile.Figure;
import org.shegong.Rows;
import org.shegong.calendar.Deadline;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信访's tile on the 一屏统览 overview, over the petitions {@code me} may see ({@link Viewer#VISIBLE}) in the drilled
 * region: received this month, petitions with a statutory limit running and past it now, the share of limits met
 * in time this month, and accountability alerts of the last 30 days (信访工作条例 §§43–46). For the petition office
 * ({@link PetitionStep#READ_STATISTICS}); counted from the open or recent limits by their partial indexes.
 */
@Component
class PetitionOverview implements OverviewSource {

    private static final Duration ALERT_WINDOW = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock clock;

    PetitionOverview(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OverviewTile> tile(StaffPrincipal me, String regionCode) {
        if (!PetitionStep.READ_STATISTICS.allowsAnyOf(me.roles())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant monthStart = YearMonth.now(clock.withZone(Deadline.ZONE)).atDay(1).atStartOfDay(Deadline.ZONE).toInstant();
        Map<String, Object> params = new LinkedHashMap<>(Viewer.of(me).params());
        params.put("drill", RegionCode.of(regionCode).prefix() + "%");
        params.put("now", Timestamp.from(now));
        params.put("monthStart", Timestamp.from(monthStart));
        // closed ranges, so that a cached generic plan still estimates a narrow slice and keeps to the indexes
        params.put("monthEnd", Timestamp.from(YearMonth.now(clock.withZone(Deadline.ZONE)).plusMonths(1).atDay(1)
                .atStartOfDay(Deadline.ZONE).toInstant()));
        params.put("alertsFrom", Timestamp.from(now.minus(ALERT_WINDOW)));
        String visible = " and p.region_code like :drill and " + Viewer.VISIBLE;
        // the limits drive, each petition checked by its key (a lateral lookup), never a scan of every petition
        String visibleLimit = " cross join lateral (select 1 from petition p where p.id = d.petition_id" + visible + ") v\n";
        long received = jdbc.sql("select count(*) from petition p where p.received_at >= :monthStart and p.received_at < :monthEnd" + visible)
                .params(params).query(Long.class).single();
        Open open = jdbc.sql("""
                select count(distinct d.petition_id) as total,
                       count(distinct d.petition_id) filter (where d.due_at <= :now) as overdue
                from petition_deadline d""" + visibleLimit + """
                 where d.met_at is null and d.alertable""").params(params)
                .query(Rows.of(Open.class)).single();
        Met met = jdbc.sql("""
                select count(*) as total, count(*) filter (where d.met_at <= d.due_at) as in_time
                from petition_deadline d""" + visibleLimit + """
                 where d.met_at is not null and d.alertable and d.met_at >= :monthStart and d.met_at < :monthEnd""").params(params)
                .query(Rows.of(Met.class)).single();
        long alerts = jdbc.sql("select count(*) from petition_alert a join petition p on p.id = a.petition_id"
                + " where a.raised_at >= :alertsFrom and a.raised_at <= :now" + visible).params(params).query(Long.class).single();
        String inTime = met.total() == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * met.inTime() / met.total());
        return Optional.of(new OverviewTile(20, "petition.overview.title", List.of(
                new Figure("petition.overview.received", count(received), false),
                new Figure("petition.overview.open", count(open.total()), false),
                new Figure("petition.overview.overdue", count(open.overdue()), open.overdue() > 0),
                new Figure("petition.overview.inTime", inTime, met.total() > 0 && met.inTime() < met.total()),
                new Figure("petition.overview.alerts", count(alerts), alerts > 0)), "/petitions/statistics"));
    }

    /** Petitions with a limit running, and how many of them are past one. */
    private record Open(long total, long overdue) {
    }

    /** Limits met this month, and how many of them in time. */
    private record Met(long total, long inTime) {
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
