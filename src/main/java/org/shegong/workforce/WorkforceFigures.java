package org.shegong.workforce;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workforce dashboard's figures for a region and its children: station coverage of townships (townships with
 * a station / all townships), social workers per 10,000 residents and the credential mix, and the townships still
 * without a station. Counted at query time from the rows; the resident figures are the only entered numbers.
 */
@Service
public class WorkforceFigures {

    @Schema(name = "WorkforceFiguresDashboard")
    public record Dashboard(StationCoverage total, List<StationCoverage> children, Map<Credential, Long> credentials,
            List<Region> gaps, long trainingBehind) {
    }

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final WorkforcePermissions permissions;
    private final TrainingPolicy training;
    private final java.time.Clock clock;

    WorkforceFigures(JdbcClient jdbc, RegionDirectory regions, WorkforcePermissions permissions, TrainingPolicy training,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.permissions = permissions;
        this.training = training;
        this.clock = clock;
    }

    /** The caller's scope narrowed to {@code region} (a drill-down); a region outside the scope is 404. */
    public Scope within(Scope scope, @Nullable String region) {
        if (region == null || region.isBlank()) {
            return scope;
        }
        if (!RegionCode.isWellFormed(region.strip()) || !scope.covers(RegionCode.of(region.strip()))) {
            throw new NotFound("region", region);
        }
        return new Scope(RegionCode.of(region.strip()), scope.unitId(), scope.assignedOnly());
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(Scope scope, int gapLimit) {
        RegionCode top = scope.region();
        // the townships inside the region (the region's own township when it is a township or a village)
        List<Region> townships = new ArrayList<>();
        if (top.level() == RegionLevel.TOWNSHIP || top.level() == RegionLevel.VILLAGE || top.level() == RegionLevel.GRID) {
            regions.find(top.ancestorAt(RegionLevel.TOWNSHIP)).ifPresent(townships::add);
        } else {
            townships.addAll(regions.within(top, RegionLevel.TOWNSHIP));
        }
        Map<String, Long> stationsByTownship = new HashMap<>();
        jdbc.sql("SELECT substr(region_code, 1, 9), count(*) FROM workforce_station WHERE region_code LIKE :r GROUP BY 1")
                .param("r", townshipLike(top)).query((rs, n) -> stationsByTownship.put(rs.getString(1), rs.getLong(2))).list();
        boolean drill = top.level() == RegionLevel.PROVINCE || top.level() == RegionLevel.CITY || top.level() == RegionLevel.COUNTY;
        int childDigits = drill ? RegionLevel.values()[top.level().ordinal() + 1].digits() : 12;
        Map<String, Long> workersByChild = new HashMap<>();
        jdbc.sql("SELECT substr(region_code, 1, :d), count(*) FROM workforce_social_worker WHERE region_code LIKE :r GROUP BY 1")
                .param("d", childDigits).param("r", scope.regionLike())
                .query((rs, n) -> workersByChild.put(rs.getString(1), rs.getLong(2))).list();
        Map<String, Long> residents = new HashMap<>();
        jdbc.sql("SELECT region_code, residents FROM workforce_population WHERE region_code LIKE :r OR region_code = :top")
                .param("r", scope.regionLike()).param("top", top.value())
                .query((rs, n) -> residents.put(rs.getString(1), rs.getLong(2))).list();

        Map<String, long[]> perChild = new LinkedHashMap<>(); // townships, covered, stations
        Map<String, String> names = new LinkedHashMap<>();
        if (drill) {
            for (Region r : regions.children(top)) {
                perChild.put(r.code().value().substring(0, childDigits), new long[3]);
                names.put(r.code().value().substring(0, childDigits), r.name());
            }
        }
        List<Region> gaps = new ArrayList<>();
        long[] total = new long[3];
        for (Region t : townships) {
            String key9 = t.code().value().substring(0, 9);
            long stations = stationsByTownship.getOrDefault(key9, 0L);
            long[] row = drill ? perChild.computeIfAbsent(t.code().value().substring(0, childDigits), k -> new long[3]) : null;
            for (long[] f : row == null ? List.of(total) : List.of(total, row)) {
                f[0]++;
                f[1] += stations > 0 ? 1 : 0;
                f[2] += stations;
            }
            if (stations == 0 && gaps.size() < gapLimit) {
                gaps.add(t);
            }
        }
        List<StationCoverage> children = new ArrayList<>();
        for (var e : perChild.entrySet()) {
            String code = (e.getKey() + "000000000000").substring(0, 12);
            children.add(new StationCoverage(code, names.getOrDefault(e.getKey(), code), e.getValue()[0], e.getValue()[1],
                    e.getValue()[2], workersByChild.getOrDefault(e.getKey(), 0L), residents.get(code)));
        }
        long workers = workersByChild.values().stream().mapToLong(Long::longValue).sum();
        String topName = regions.find(top).map(Region::name).orElse(top.value());
        StationCoverage head = new StationCoverage(top.value(), topName, total[0], total[1], total[2], workers,
                residents.get(top.value()));
        Map<Credential, Long> mix = new EnumMap<>(Credential.class);
        for (Credential c : Credential.values()) {
            mix.put(c, 0L);
        }
        jdbc.sql("SELECT credential, count(*) AS workers FROM workforce_social_worker WHERE region_code LIKE :r GROUP BY 1")
                .param("r", scope.regionLike()).query(Rows.of(CredentialCount.class)).list()
                .forEach(c -> mix.put(c.credential(), c.workers()));
        int year = java.time.LocalDate.now(clock).getYear();
        // the hours owed depend on the worker's region (TrainingPolicy), so the comparison is made here
        long behind = jdbc.sql("""
                SELECT w.region_code, w.credential,
                       coalesce((SELECT sum(t.hours) FROM workforce_training t WHERE t.worker_id = w.id
                                  AND t.day >= :from AND t.day < :to), 0) AS trained
                  FROM workforce_social_worker w
                 WHERE w.region_code LIKE :r AND w.credential <> 'NONE'""")
                .param("r", scope.regionLike()).param("from", java.time.LocalDate.of(year, 1, 1))
                .param("to", java.time.LocalDate.of(year + 1, 1, 1))
                .query(Rows.of(Trained.class)).list().stream()
                .filter(t -> training.behind(t.credential(), RegionCode.of(t.regionCode()), t.trained())).count();
        return new Dashboard(head, children, mix, gaps, behind);
    }

    private record CredentialCount(Credential credential, long workers) {
    }

    private record Trained(String regionCode, Credential credential, BigDecimal trained) {
    }

    /** Stations sit at township codes; below a township the station of that township still counts. */
    private static String townshipLike(RegionCode top) {
        RegionLevel level = top.level();
        if (level == RegionLevel.VILLAGE || level == RegionLevel.GRID) {
            return top.ancestorAt(RegionLevel.TOWNSHIP).prefix() + "%";
        }
        return top.prefix() + "%";
    }

    /** Enters the resident population of a region (replacing an earlier figure). */
    @Transactional
    public void setPopulation(StaffPrincipal me, @Nullable String regionCode, @Nullable Long residents,
            @Nullable Integer year, @Nullable String source) {
        permissions.require(me, WorkforceStep.SET_POPULATION);
        RegionCode region = permissions.place(me, regionCode, null);
        if (residents == null || residents <= 0 || residents > 200_000_000L) {
            throw new InvalidInput("residents", "workforce.residents.invalid");
        }
        int thisYear = java.time.LocalDate.now(clock).getYear();
        if (year == null || year < 1950 || year > thisYear) {
            throw new InvalidInput("year", "workforce.year.invalid", thisYear);
        }
        String from = WorkforcePermissions.text(source, "source", 200);
        jdbc.sql("""
                INSERT INTO workforce_population (region_code, residents, year, source) VALUES (:r, :n, :y, :s)
                ON CONFLICT (region_code) DO UPDATE SET residents = EXCLUDED.residents, year = EXCLUDED.year,
                  source = EXCLUDED.source, demo = FALSE""")
                .param("r", region.value()).param("n", residents).param("y", year).param("s", from).update();
    }

    @Transactional(readOnly = true)
    public byte[] export(Scope scope) {
        return WorkforceWorkbook.write(dashboard(scope, 5000));
    }

    /** The resident population entered for each of {@code units}; units without a figure are absent. For pre-filling forms. */
    public Map<RegionCode, Long> residents(java.util.Collection<RegionCode> units) {
        Map<RegionCode, Long> out = new HashMap<>();
        for (RegionCode u : units) {
            jdbc.sql("SELECT residents FROM workforce_population WHERE region_code = :r").param("r", u.value())
                    .query(Long.class).optional().ifPresent(n -> out.put(u, n));
        }
        return out;
    }
}
