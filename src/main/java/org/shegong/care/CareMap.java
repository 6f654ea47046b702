package org.shegong.care;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.Rows;
import org.shegong.ShegongApplication;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Grid;
import org.shegong.region.Grids;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care visits per grid of one township for the statistics map: people overdue now, and visits done against due over
 * the last 30 days (due counted as in {@link CareStatistics}). Only grids have polygons, so a county or city sees one
 * township at a time and switches among the townships with grids in its scope. Scoped in SQL to the caller's region.
 */
@Service
public class CareMap {

    static final int DAYS = 30;

    private final JdbcClient jdbc;
    private final Grids grids;
    private final RegionDirectory regions;
    private final Clock clock;

    CareMap(JdbcClient jdbc, Grids grids, RegionDirectory regions, Clock clock) {
        this.jdbc = jdbc;
        this.grids = grids;
        this.regions = regions;
        this.clock = clock;
    }

    @Schema(name = "CareMapGridFigure")
    public record GridFigure(String code, String name, long people, long overdue, long due, long done) {
    }

    @Schema(name = "CareMapTownship")
    public record Township(String code, String name) {
    }

    /** A grid's people, overdue now, visits due and done over the period, as read. */
    private record GridCount(String code, long people, long overdue, long due, long done) {
    }

    /** One township's grids with their figures; {@code geometry} per grid code for drawing (GeoJSON geometry text). */
    @Schema(name = "CareMapFigures")
    public record Figures(String township, String townshipName, List<Township> townships, LocalDate from, LocalDate to,
            List<GridFigure> grids, Map<String, String> geometry) {
    }

    @Transactional(readOnly = true)
    public Figures figures(StaffPrincipal me, @Nullable String township) {
        CareStatistics.requireStatistics(me);
        Scope scope = me.scope();
        LocalDate to = LocalDate.now(clock.withZone(ShegongApplication.ZONE));
        LocalDate from = to.minusDays(DAYS - 1);
        List<Township> townships = grids.townshipsWithGrids(scope).stream()
                .map(c -> new Township(c.value(), regions.find(c).map(Region::name).orElse(c.value()))).toList();
        RegionCode chosen;
        if (township != null && !township.isBlank()) {
            String t = township.strip();
            if (!RegionCode.isWellFormed(t) || RegionCode.of(t).level() != RegionLevel.TOWNSHIP || !scope.covers(RegionCode.of(t))) {
                throw new InvalidInput("township", "care.map.township", t);
            }
            chosen = RegionCode.of(t);
        } else if (!scope.region().level().isAbove(RegionLevel.TOWNSHIP)) {
            chosen = scope.region().ancestorAt(RegionLevel.TOWNSHIP);
        } else if (!townships.isEmpty()) {
            chosen = RegionCode.of(townships.get(0).code());
        } else {
            return new Figures("", "", townships, from, to, List.of(), Map.of());
        }
        Instant now = clock.instant();
        Map<String, GridCount> counts = new HashMap<>();
        jdbc.sql("""
                WITH people AS (
                  SELECT region_code AS k, count(*) AS people, sum(ceil(:days::numeric / visit_days))::bigint AS due,
                    count(*) FILTER (WHERE next_due_at <= :now) AS overdue
                  FROM care_person WHERE active AND region_code LIKE :scope AND region_code LIKE :township GROUP BY 1),
                visits AS (
                  SELECT region_code AS k, count(*) AS done
                  FROM care_visit WHERE region_code LIKE :scope AND region_code LIKE :township
                    AND visited_at >= :from AND visited_at < :to GROUP BY 1)
                SELECT p.k AS code, p.people, p.overdue, p.due, coalesce(v.done, 0) AS done
                FROM people p LEFT JOIN visits v ON v.k = p.k""")
                .param("days", DAYS).param("now", Timestamp.from(now)).param("scope", scope.regionLike())
                .param("township", chosen.prefix() + "%")
                .param("from", Timestamp.from(from.atStartOfDay(ShegongApplication.ZONE).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(ShegongApplication.ZONE).toInstant()))
                .query(Rows.of(GridCount.class)).list().forEach(c -> counts.put(c.code(), c));
        List<GridFigure> figures = new ArrayList<>();
        Map<String, String> geometry = new java.util.LinkedHashMap<>();
        for (Grid g : grids.inTownship(chosen)) {
            if (!scope.covers(g.code())) {
                continue;
            }
            GridCount c = counts.getOrDefault(g.code().value(), new GridCount(g.code().value(), 0, 0, 0, 0));
            figures.add(new GridFigure(g.code().value(), g.name(), c.people(), c.overdue(), c.due(), c.done()));
            geometry.put(g.code().value(), g.geometry());
        }
        return new Figures(chosen.value(), regions.find(chosen).map(Region::name).orElse(chosen.value()), townships, from,
                to, figures, geometry);
    }
}
