package org.shegong.dispute;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispute statistics for a region inside the caller's scope: by type, by risk, by the level settled at
 * ("小事不出村、大事不出镇、矛盾不上交"), the average days from registration to settlement, and screening coverage per grid.
 * Counts include confidential disputes (a number reveals no accuser). One grouped query over the region's rows.
 */
@Service
public class DisputeStatistics {

    private final JdbcClient jdbc;
    private final DisputePermissions permissions;

    DisputeStatistics(JdbcClient jdbc, DisputePermissions permissions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
    }

    public record Count(String key, long count) {
    }

    public record GridCoverage(String gridCode, String title, int households, long screened, long withDispute) {

        public @Nullable Double rate() {
            return households == 0 ? null : Math.min(100.0, Math.round(screened * 1000.0 / households) / 10.0);
        }
    }

    @Schema(name = "DisputeStatisticsFigures")
    public record Figures(String region, long total, long open, long highRisk, long policeReported, long settled,
            Map<Level, Long> settledByLevel, @Nullable Double villageShare, @Nullable Double averageDaysToSettle,
            List<Count> byKind, List<Count> byRisk, List<Count> byStatus, List<GridCoverage> coverage) {

        /** Percentage of settled disputes settled at a level, one decimal, or {@code null} when none is settled. */
        public @Nullable Double share(Level level) {
            return settled == 0 ? null : Math.round(settledByLevel.getOrDefault(level, 0L) * 1000.0 / settled) / 10.0;
        }
    }

    /** The region asked for, if inside the caller's scope; the caller's own region otherwise. */
    public Scope within(StaffPrincipal me, @Nullable String region) {
        permissions.require(me, DisputeStep.STATISTICS);
        if (region == null || region.isBlank()) {
            return me.scope();
        }
        if (!RegionCode.isWellFormed(region.strip()) || !me.scope().covers(RegionCode.of(region.strip()))) {
            throw new InvalidInput("region", "dispute.region.outOfScope", region);
        }
        return Scope.of(RegionCode.of(region.strip()));
    }

    @Transactional(readOnly = true)
    public Figures figures(Scope scope) {
        if (scope.assignedOnly()) {
            return new Figures(scope.region().value(), 0, 0, 0, 0, 0, Map.of(), null, null, List.of(), List.of(), List.of(),
                    List.of());
        }
        record Group(DisputeKind kind, Risk risk, DisputeStatus status, @Nullable Level level, boolean police, long count,
                double days) {
        }
        List<Group> groups = jdbc.sql("""
                SELECT kind, risk, status, settled_level AS level, police_reported_at IS NOT NULL AS police, count(*) AS count,
                       coalesce(sum(extract(epoch FROM settled_at - registered_at)) / 86400.0, 0) AS days
                  FROM dispute WHERE region_code LIKE :like
                 GROUP BY kind, risk, status, settled_level, police_reported_at IS NOT NULL""")
                .param("like", scope.regionLike())
                .query(Rows.of(Group.class)).list();
        long total = 0, open = 0, high = 0, police = 0, settled = 0;
        double days = 0;
        Map<Level, Long> byLevel = new EnumMap<>(Level.class);
        Map<String, Long> kinds = new java.util.TreeMap<>();
        Map<String, Long> risks = new java.util.TreeMap<>();
        Map<String, Long> statuses = new java.util.TreeMap<>();
        for (Group g : groups) {
            total += g.count();
            if (g.status().open() || g.status() == DisputeStatus.EFFECTIVE) {
                open += g.count();
                if (g.risk().compareTo(Risk.HIGH) >= 0) {
                    high += g.count();
                }
            }
            if (g.police()) {
                police += g.count();
            }
            if (g.level() != null) {
                settled += g.count();
                days += g.days();
                byLevel.merge(g.level(), g.count(), Long::sum);
            }
            kinds.merge(g.kind().name(), g.count(), Long::sum);
            risks.merge(g.risk().name(), g.count(), Long::sum);
            statuses.merge(g.status().name(), g.count(), Long::sum);
        }
        List<Count> byKind = new ArrayList<>();
        for (DisputeKind k : DisputeKind.values()) {
            byKind.add(new Count(k.name(), kinds.getOrDefault(k.name(), 0L)));
        }
        List<Count> byRisk = new ArrayList<>();
        for (Risk r : Risk.values()) {
            byRisk.add(new Count(r.name(), risks.getOrDefault(r.name(), 0L)));
        }
        List<Count> byStatus = new ArrayList<>();
        for (DisputeStatus s : DisputeStatus.values()) {
            byStatus.add(new Count(s.name(), statuses.getOrDefault(s.name(), 0L)));
        }
        List<GridCoverage> coverage = coverage(scope);
        Double village = settled == 0 ? null : Math.round(byLevel.getOrDefault(Level.VILLAGE, 0L) * 1000.0 / settled) / 10.0;
        Double average = settled == 0 ? null : Math.round(days * 10.0 / settled) / 10.0;
        return new Figures(scope.region().value(), total, open, high, police, settled, byLevel, village, average, byKind,
                byRisk, byStatus, coverage);
    }

    /** Screening coverage per grid: the grid's latest round (by its period), its households and how many were screened. */
    List<GridCoverage> coverage(Scope scope) {
        return jdbc.sql("""
                SELECT DISTINCT ON (grid_code) grid_code, title, households, screened, with_dispute
                  FROM dispute_screening WHERE grid_code LIKE :like
                 ORDER BY grid_code, period_end DESC, id DESC LIMIT 5000""")
                .param("like", scope.regionLike())
                .query(Rows.of(GridCoverage.class)).list();
    }

    /** The figures as an Excel workbook; {@code label} names enum values (message keys) in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] export(Scope scope, java.util.function.Function<String, String> label) {
        return DisputeWorkbook.write(figures(scope), label);
    }
}
