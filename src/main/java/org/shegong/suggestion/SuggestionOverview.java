package org.shegong.suggestion;

import java.sql.Timestamp;
import java.time.Clock;
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
 * 人民建议征集's tile on the 一屏统览 overview, over the suggestions {@code me} may see in the drilled region:
 * received this month, waiting for feedback, past the feedback deadline, and the adoption rate of the year
 * (adopted or partly adopted among those decided). For those who may read the statistics.
 */
@Component
class SuggestionOverview implements OverviewSource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final Clock clock;

    SuggestionOverview(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OverviewTile> tile(StaffPrincipal me, String regionCode) {
        if (!SuggestionStep.VIEW_STATISTICS.allowsAnyOf(me.roles())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        YearMonth month = YearMonth.now(clock.withZone(ZONE));
        long[] n = jdbc.sql("""
                select count(*) filter (where s.received_at >= :monthStart),
                       count(*) filter (where s.answered_at is null and s.status not in ('ANSWERED', 'REDIRECTED')),
                       count(*) filter (where s.answered_at is null and s.status not in ('ANSWERED', 'REDIRECTED')
                                          and s.feedback_due_at <= :now),
                       count(*) filter (where s.adoption in ('ADOPTED', 'PARTLY') and s.received_at >= :yearStart),
                       count(*) filter (where s.adoption is not null and s.received_at >= :yearStart)
                from suggestion s
                where s.region_code like :drill and %s
                """.formatted(Suggestions.VISIBLE))
                .param("regionLike", me.scope().regionLike()).param("assignedOnly", me.scope().assignedOnly())
                .param("unitId", me.unitId()).param("drill", RegionCode.of(regionCode).prefix() + "%")
                .param("now", Timestamp.from(now))
                .param("monthStart", Timestamp.from(month.atDay(1).atStartOfDay(ZONE).toInstant()))
                .param("yearStart", Timestamp.from(month.atDay(1).withDayOfYear(1).atStartOfDay(ZONE).toInstant()))
                .query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) })
                .single();
        String adoption = n[4] == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n[3] / n[4]);
        return Optional.of(new OverviewTile(30, "suggestion.overview.title", List.of(
                new Figure("suggestion.overview.received", count(n[0]), false),
                new Figure("suggestion.overview.waiting", count(n[1]), false),
                new Figure("suggestion.overview.overdue", count(n[2]), n[2] > 0),
                new Figure("suggestion.overview.adoption", adoption, false)), "/suggestions/statistics"));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
