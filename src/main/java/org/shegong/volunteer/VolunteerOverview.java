package org.shegong.volunteer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.shegong.OverviewTile;
import org.shegong.OverviewTile.Figure;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 志愿服务's tile on the 一屏统览 overview for the drilled region: registered volunteers, open activities with a
 * shift in the next 30 days, and the hours confirmed for this month's shifts. For those who may read the statistics.
 */
@Component
class VolunteerOverview implements OverviewSource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration AHEAD = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock clock;

    VolunteerOverview(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OverviewTile> tile(StaffPrincipal me, String regionCode) {
        if (!VolunteerStep.VIEW_STATISTICS.allowsAnyOf(me.roles())) {
            return Optional.empty();
        }
        String drill = RegionCode.of(regionCode).prefix() + "%";
        Instant now = clock.instant();
        Instant monthStart = YearMonth.now(clock.withZone(ZONE)).atDay(1).atStartOfDay(ZONE).toInstant();
        long volunteers = jdbc.sql("select count(*) from volunteer_volunteer where region_code like :drill")
                .param("drill", drill).query(Long.class).single();
        long activities = jdbc.sql("""
                select count(distinct a.id) from volunteer_activity a join volunteer_shift s on s.activity_id = a.id
                where a.status = 'OPEN' and a.region_code like :drill and s.starts_at >= :now and s.starts_at < :until
                """).param("drill", drill).param("now", Timestamp.from(now)).param("until", Timestamp.from(now.plus(AHEAD)))
                .query(Long.class).single();
        long minutes = jdbc.sql("""
                select coalesce(sum(t.minutes), 0) from volunteer_attendance t
                join volunteer_signup g on g.id = t.signup_id join volunteer_shift s on s.id = g.shift_id
                join volunteer_activity a on a.id = s.activity_id
                where t.status = 'CONFIRMED' and a.region_code like :drill and s.starts_at >= :monthStart
                """).param("drill", drill).param("monthStart", Timestamp.from(monthStart)).query(Long.class).single();
        return Optional.of(new OverviewTile(40, "volunteer.overview.title", List.of(
                new Figure("volunteer.overview.volunteers", String.format(Locale.ROOT, "%,d", volunteers), false),
                new Figure("volunteer.overview.activities", String.format(Locale.ROOT, "%,d", activities), false),
                new Figure("volunteer.overview.hours", Hours.text(minutes), false)), "/volunteering/statistics"));
    }
}
