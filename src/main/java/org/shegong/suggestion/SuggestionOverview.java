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
import org.shegong.Rows;
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
        Counts n = jdbc.sql("""
                select count(*) filter (where s.received_at >= :monthStart) as received,
                       count(*) filter (where s.answered_at is null and s.status not in ('ANSWERED', 'REDIRECTED')) as waiting,
                       count(*) filter (where s.answered_at is null and s.status not in ('ANSWERED', 'REDIRECTED')
                                          and s.feedback_due_at <= :now) as overdue,
                       count(*) filter (where s.adoption in ('ADOPTED', 'PARTLY') and s.received_at >= :yearStart) as adopted,
                       count(*) filter (where s.adoption is not null and s.received_at >= :yearStart) as decided
                from suggestion s
                where s.region_code like :drill and %s
                """.formatted(Suggestions.VISIBLE))
                .param("regionLike", me.scope().regionLike()).param("assignedOnly", me.scope().assignedOnly())
                .param("unitId", me.unitId().value()).param("drill", RegionCode.of(regionCode).prefix() + "%")
                .param("now", Timestamp.from(now))
                .param("monthStart", Timestamp.from(month.atDay(1).atStartOfDay(ZONE).toInstant()))
                .param("yearStart", Timestamp.from(month.atDay(1).withDayOfYear(1).atStartOfDay(ZONE).toInstant()))
                .query(Rows.of(Counts.class)).single();
        String adoption = n.decided() == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n.adopted() / n.decided());
        return Optional.of(new OverviewTile(30, "suggestion.overview.title", List.of(
                new Figure("suggestion.overview.received", count(n.received()), false),
                new Figure("suggestion.overview.waiting", count(n.waiting()), false),
                new Figure("suggestion.overview.overdue", count(n.overdue()), n.overdue() > 0),
                new Figure("suggestion.overview.adoption", adoption, false)), "/suggestions/statistics"));
    }

    /** The tile's counts: received this month, waiting, overdue, adopted and decided this year. */
    private record Counts(long received, long waiting, long overdue, long adopted, long decided) {
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
