package org.shegong.partybuilding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "两个覆盖" computed from the registries, never typed: per region (the scope's region and its children, by code
 * prefix so every level up the tree is the sum of the one below), per competent department, by month, and the
 * gap list. Only operating units count.
 */
@Service
public class Coverage {

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final UnitManagement units;

    Coverage(JdbcClient jdbc, RegionDirectory regions, UnitManagement units) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.units = units;
    }

    private static final String FIGURES = """
            SELECT %s AS key,
                   count(*) AS operating,
                   count(*) FILTER (WHERE o.party_kind = 'OWN_BRANCH') AS own,
                   count(*) FILTER (WHERE o.party_kind <> 'OWN_BRANCH') AS joint,
                   count(*) FILTER (WHERE o.party_kind IS NULL AND o.instructed_on IS NOT NULL) AS instructed
              FROM partybuilding_organization o
             WHERE o.operating AND o.region_code LIKE :region AND (:assigned = FALSE OR o.competent_unit_id = :unit)
             GROUP BY 1""";

    /**
     * The scope narrowed to {@code region} (a drill-down from the dashboard), or the scope itself when no region is
     * given; a region outside the scope is 404.
     */
    public Scope within(Scope scope, @Nullable String region) {
        if (region == null || region.isBlank()) {
            return scope;
        }
        if (!RegionCode.isWellFormed(region.strip()) || !scope.covers(RegionCode.of(region.strip()))) {
            throw new org.shegong.NotFound("region", region);
        }
        return new Scope(RegionCode.of(region.strip()), scope.unitId(), scope.assignedOnly());
    }

    /** The children of the scope's region, each with its figures (regions without units show zeros). */
    @Transactional(readOnly = true)
    public RegionCoverage byRegion(Scope scope) {
        RegionCode top = scope.region();
        RegionLevel level = top.level();
        RegionLevel child = level == RegionLevel.VILLAGE || level == RegionLevel.GRID ? RegionLevel.VILLAGE
                : RegionLevel.values()[level.ordinal() + 1];
        Map<String, CoverageFigures> counted = new HashMap<>();
        params(jdbc.sql(FIGURES.formatted("substr(o.region_code, 1, " + child.digits() + ")")), scope)
                .query(Rows.of(Counted.class)).list().forEach(c -> counted.put(c.key(), c.named(c.key())));
        Map<String, CoverageFigures> rows = new LinkedHashMap<>();
        if (level != RegionLevel.VILLAGE && level != RegionLevel.GRID) {
            for (Region r : regions.children(top)) {
                String key = r.code().value().substring(0, child.digits());
                rows.put(key, zero(r.code().value(), r.name()));
            }
        }
        for (CoverageFigures f : counted.values()) {
            CoverageFigures base = rows.getOrDefault(f.key(), zero(pad(f.key()), pad(f.key())));
            rows.put(f.key(), new CoverageFigures(base.key(), base.name(), f.operating(), f.own(), f.joint(), f.instructed()));
        }
        CoverageFigures total = zero(top.value(), regions.find(top).map(Region::name).orElse(top.value()));
        for (CoverageFigures f : rows.values()) {
            total = total.plus(f);
        }
        return new RegionCoverage(total, new ArrayList<>(rows.values()));
    }

    public record RegionCoverage(CoverageFigures total, List<CoverageFigures> children) {
    }

    /** Per competent department ("管行业就要管党建"), largest first. */
    @Transactional(readOnly = true)
    public List<CoverageFigures> byDepartment(Scope scope) {
        return params(jdbc.sql(FIGURES.formatted("o.competent_unit_id::text") + " ORDER BY operating DESC, key"), scope)
                .query(Rows.of(Counted.class)).list().stream()
                .map(c -> c.named(units.byId(UnitId.of(Long.parseLong(c.key()))).map(UnitView::name).orElse(c.key()))).toList();
    }

    /** One group of {@link #FIGURES}: the key (a region prefix or a department's id) and its counts. */
    private record Counted(String key, long operating, long own, long joint, long instructed) {

        CoverageFigures named(String name) {
            return new CoverageFigures(key, name, operating, own, joint, instructed);
        }
    }

    /**
     * Coverage at the end of each of the last {@code months} months up to {@code last}, from the dates units were
     * registered, joined an organization and were given an instructor (organizations are not dissolved here, so the
     * history is what the rows say).
     */
    @Transactional(readOnly = true)
    public List<CoverageFigures> trend(Scope scope, YearMonth last, int months) {
        YearMonth first = last.minusMonths(Math.max(1, Math.min(months, 36)) - 1);
        LocalDate from = first.atDay(1);
        record Bucket(LocalDate registered, @Nullable LocalDate organized, boolean own,
                @Nullable LocalDate worked, long count) {
        }
        List<Bucket> buckets = jdbc.sql("""
                SELECT greatest(date_trunc('month', o.registered_on)::date, :from) AS registered,
                       CASE WHEN o.organized_on IS NOT NULL THEN
                           greatest(date_trunc('month', greatest(o.registered_on, o.organized_on))::date, :from) END AS organized,
                       coalesce(o.party_kind = 'OWN_BRANCH', FALSE) AS own,
                       CASE WHEN o.instructed_on IS NOT NULL THEN
                           greatest(date_trunc('month', greatest(o.registered_on, o.instructed_on))::date, :from) END AS worked,
                       count(*) AS count
                  FROM partybuilding_organization o
                 WHERE o.operating AND o.region_code LIKE :region AND (:assigned = FALSE OR o.competent_unit_id = :unit)
                 GROUP BY 1, 2, 3, 4""").param("from", from).param("region", scope.regionLike())
                .param("assigned", scope.assignedOnly()).param("unit", scope.unitId() == null ? 0L : scope.unitId())
                .query(Rows.of(Bucket.class)).list();
        List<CoverageFigures> out = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate start = m.atDay(1);
            long operating = 0, own = 0, joint = 0, instructed = 0;
            for (Bucket b : buckets) {
                if (b.registered().isAfter(start)) {
                    continue;
                }
                operating += b.count();
                boolean organized = b.organized() != null && !b.organized().isAfter(start);
                if (organized && b.own()) {
                    own += b.count();
                } else if (organized) {
                    joint += b.count();
                } else if (b.worked() != null && !b.worked().isAfter(start)) {
                    instructed += b.count();
                }
            }
            out.add(new CoverageFigures(m.toString(), m.toString(), operating, own, joint, instructed));
        }
        return out;
    }

    /** Operating units short of what the rules want (see {@link Gap.Reason}), by region and name. */
    @Transactional(readOnly = true)
    public List<Gap> gaps(Scope scope, int limit) {
        return jdbc.sql("""
                SELECT o.id AS organization_id, o.name, o.credit_code, o.region_code, o.competent_unit_id, o.full_members,
                       CASE WHEN o.full_members >= :min AND o.party_kind IS DISTINCT FROM 'OWN_BRANCH' THEN 'OWN_BRANCH_DUE'
                            ELSE 'UNCOVERED' END AS reason
                  FROM partybuilding_organization o
                 WHERE o.operating AND o.region_code LIKE :region AND (:assigned = FALSE OR o.competent_unit_id = :unit)
                   AND ((o.full_members >= :min AND o.party_kind IS DISTINCT FROM 'OWN_BRANCH')
                        OR (o.party_kind IS NULL AND o.instructed_on IS NULL))
                 ORDER BY o.region_code, o.name, o.id LIMIT :limit""")
                .param("min", BranchRules.MIN_FULL_MEMBERS).param("region", scope.regionLike())
                .param("assigned", scope.assignedOnly()).param("unit", scope.unitId() == null ? 0L : scope.unitId())
                .param("limit", Math.min(Math.max(limit, 1), 5000))
                .query(Rows.of(GapRow.class)).list().stream().map(GapRow::gap).toList();
    }

    /** One operating unit of the gap list as read. */
    private record GapRow(OrganizationId organizationId, String name, String creditCode, String regionCode, long competentUnitId,
            int fullMembers, Gap.Reason reason) {

        Gap gap() {
            return new Gap(organizationId, name, new CreditCode(creditCode), RegionCode.of(regionCode), competentUnitId,
                    fullMembers, reason);
        }
    }

    /** How many operating units the gap list holds in all (the list itself is cut at a limit). */
    @Transactional(readOnly = true)
    public long gapCount(Scope scope) {
        return params(jdbc.sql("""
                SELECT count(*) FROM partybuilding_organization o
                 WHERE o.operating AND o.region_code LIKE :region AND (:assigned = FALSE OR o.competent_unit_id = :unit)
                   AND ((o.full_members >= :min AND o.party_kind IS DISTINCT FROM 'OWN_BRANCH')
                        OR (o.party_kind IS NULL AND o.instructed_on IS NULL))"""), scope)
                .param("min", BranchRules.MIN_FULL_MEMBERS).query(Long.class).single();
    }

    /** The dashboard's figures as a spreadsheet: by region, by department, the last twelve months and the gaps. */
    @Transactional(readOnly = true)
    public byte[] export(Scope scope, YearMonth last) {
        return CoverageWorkbook.write(byRegion(scope), byDepartment(scope), trend(scope, last, 12), gaps(scope, 5000));
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Scope scope) {
        return spec.param("region", scope.regionLike()).param("assigned", scope.assignedOnly())
                .param("unit", scope.unitId() == null ? 0L : scope.unitId());
    }

    private static CoverageFigures zero(String key, String name) {
        return new CoverageFigures(key, name, 0, 0, 0, 0);
    }

    private static String pad(String prefix) {
        return (prefix + "000000000000").substring(0, 12);
    }
}
