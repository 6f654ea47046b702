package org.shegong.dispute;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.Rows;
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
 * Disputes per grid of one township, for the statistics map: only grids have polygons, so a county or city sees one
 * township at a time and switches among the townships with grids in its scope. Open counts as on the statistics page
 * (registered, mediating, agreed, effective); high risk is HIGH or VIOLENCE; disputes registered to a village without a
 * grid are counted apart ({@code offGrid}). Scoped in SQL to the caller's region.
 */
@Service
public class DisputeMap {

    private final JdbcClient jdbc;
    private final DisputePermissions permissions;
    private final Grids grids;
    private final RegionDirectory regions;

    DisputeMap(JdbcClient jdbc, DisputePermissions permissions, Grids grids, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.grids = grids;
        this.regions = regions;
    }

    @Schema(name = "DisputeMapGridFigure")
    public record GridFigure(String code, String name, long open, long highRisk, long settledVillage) {
    }

    @Schema(name = "DisputeMapTownship")
    public record Township(String code, String name) {
    }

    /** One township's grids with their figures; {@code geometry} per grid code for drawing (GeoJSON geometry text). */
    @Schema(name = "DisputeMapFigures")
    public record Figures(String township, String townshipName, List<Township> townships, List<GridFigure> grids,
            long offGridOpen, Map<String, String> geometry) {
    }

    @Transactional(readOnly = true)
    public Figures figures(StaffPrincipal me, @Nullable String township) {
        permissions.require(me, DisputeStep.STATISTICS);
        Scope scope = me.scope();
        List<Township> townships = grids.townshipsWithGrids(scope).stream()
                .map(c -> new Township(c.value(), regions.find(c).map(Region::name).orElse(c.value()))).toList();
        RegionCode chosen;
        if (township != null && !township.isBlank()) {
            String t = township.strip();
            if (!RegionCode.isWellFormed(t) || RegionCode.of(t).level() != RegionLevel.TOWNSHIP || !scope.covers(RegionCode.of(t))) {
                throw new InvalidInput("township", "dispute.region.outOfScope", t);
            }
            chosen = RegionCode.of(t);
        } else if (!scope.region().level().isAbove(RegionLevel.TOWNSHIP)) {
            chosen = scope.region().ancestorAt(RegionLevel.TOWNSHIP);
        } else if (!townships.isEmpty()) {
            chosen = RegionCode.of(townships.get(0).code());
        } else {
            return new Figures("", "", townships, List.of(), 0, Map.of());
        }
        String name = regions.find(chosen).map(Region::name).orElse(chosen.value());
        List<Grid> inTownship = grids.inTownship(chosen).stream().filter(g -> scope.covers(g.code())).toList();
        Map<String, long[]> counts = new HashMap<>();
        long offGrid = 0;
        if (!scope.assignedOnly()) {
            record Row(String code, long open, long high, long village) {
            }
            List<Row> rows = jdbc.sql("""
                    SELECT region_code AS code,
                           count(*) FILTER (WHERE status IN ('REGISTERED', 'MEDIATING', 'AGREED', 'EFFECTIVE')) AS open,
                           count(*) FILTER (WHERE status IN ('REGISTERED', 'MEDIATING', 'AGREED', 'EFFECTIVE')
                                              AND risk IN ('HIGH', 'VIOLENCE')) AS high,
                           count(*) FILTER (WHERE settled_level = 'VILLAGE') AS village
                      FROM dispute WHERE region_code LIKE :scope AND region_code LIKE :township
                     GROUP BY region_code""")
                    .param("scope", scope.regionLike()).param("township", chosen.prefix() + "%")
                    .query(Rows.of(Row.class)).list();
            for (Row r : rows) {
                if (r.code().length() == 15) {
                    counts.put(r.code(), new long[] {r.open(), r.high(), r.village()});
                } else {
                    offGrid += r.open();
                }
            }
        }
        List<GridFigure> figures = new ArrayList<>();
        Map<String, String> geometry = new java.util.LinkedHashMap<>();
        for (Grid g : inTownship) {
            long[] c = counts.remove(g.code().value());
            figures.add(c == null ? new GridFigure(g.code().value(), g.name(), 0, 0, 0)
                    : new GridFigure(g.code().value(), g.name(), c[0], c[1], c[2]));
            geometry.put(g.code().value(), g.geometry());
        }
        // a grid code with disputes but no polygon (deleted grid) still counts, off the map
        for (long[] c : counts.values()) {
            offGrid += c[0];
        }
        return new Figures(chosen.value(), name, townships, figures, offGrid, geometry);
    }
}
