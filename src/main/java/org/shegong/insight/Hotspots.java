package org.shegong.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.AuditEntry;
import org.shegong.identity.AuditLog;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 未诉先办 (接诉即办工作条例 §§24–27): high-frequency problems by category × area × month with growth against
 * the month before, the hot grids, and the problem of the month — Beijing's 每月一题 takes 2–3 a month — which a
 * supervisor adopts and assigns to a lead department with a plan, then follows up.
 */
@Service
public class Hotspots {

    /** 每月一题: two to three problems a month. */
    static final int CANDIDATES = 3;

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final UnitManagement units;
    private final AuditLog audit;
    private final InsightProperties properties;
    private final Clock clock;

    Hotspots(JdbcClient jdbc, RegionDirectory regions, UnitManagement units, AuditLog audit, InsightProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.units = units;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The level areas are counted at below a scope: a province by city, a city by county, a county and below by township. */
    static RegionLevel areaLevel(Scope scope) {
        return switch (scope.region().level()) {
            case PROVINCE -> RegionLevel.CITY;
            case CITY -> RegionLevel.COUNTY;
            case COUNTY -> RegionLevel.TOWNSHIP;
            default -> RegionLevel.VILLAGE;
        };
    }

    /** Category × area counts for the month in the scope, most frequent first, with growth against the month before. */
    @Transactional(readOnly = true)
    public List<Hotspot> hotspots(Scope scope, YearMonth month, @Nullable RegionLevel level, int limit) {
        RegionLevel at = level == null ? areaLevel(scope) : level;
        int digits = at.digits();
        // at township level or above, within a scope no finer than a township: the township summary (V162), a few
        // thousand rows a month instead of one per village and category
        boolean byTownship = digits <= RegionLevel.TOWNSHIP.digits() && scope.region().level().digits() <= RegionLevel.TOWNSHIP.digits();
        // the province's two months are ~75,000 summary rows in ~37,000 groups at 20,000,000 demands a year: with the
        // default 4 MB the grouping spilled to disk in 5 batches (the planner expects ~800 groups); this transaction only
        jdbc.sql("set local work_mem = '32MB'").update();
        List<Hotspot> rows = jdbc.sql("""
                select t.category_code, t.area, t.n as count, t.p as previous,
                       (select p.id from insight_problem p where p.month = :month and p.category_code = t.category_code
                          and p.area_code = case when length(t.area) >= 12 then t.area else rpad(t.area, 12, '0') end) as problem_id
                from (
                  -- one pass over the two months' summary rows and pending deltas (V160), no join
                  select category_code, area, (sum(n) filter (where month = :month))::bigint as n,
                         coalesce(sum(n) filter (where month = :prev), 0)::bigint as p
                  from (select month, category_code, substr({area}, 1, :digits) as area, n
                        from {summary}
                        where month in (:month, :prev) and {area} like :like and length({area}) >= :digits
                        union all
                        select month, category_code, substr(region_code, 1, :digits) as area, n
                        from insight_demand_area_delta
                        where month in (:month, :prev) and region_code like :like and length(region_code) >= :digits) x
                  group by category_code, area
                  having sum(n) filter (where month = :month) > 0
                  order by 3 desc, 1, 2
                  limit :limit) t
                order by t.n desc, t.category_code, t.area
                """.replace("{summary}", byTownship ? "insight_demand_township" : "insight_demand_area")
                        .replace("{area}", byTownship ? "area" : "region_code")).param("digits", digits).param("month", Date.valueOf(month.atDay(1)))
                .param("prev", Date.valueOf(month.minusMonths(1).atDay(1))).param("like", scope.regionLike())
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Rows.of(AreaCount.class)).list().stream().map(AreaCount::hotspot).toList();
        return named(rows);
    }

    /** Grids with the most demands this month, with the month before. */
    @Transactional(readOnly = true)
    public List<Hotspot> hotGrids(Scope scope, YearMonth month, int limit) {
        List<Hotspot> rows = jdbc.sql("""
                select region_code as area, (sum(n) filter (where month = :month))::bigint as count,
                       coalesce(sum(n) filter (where month = :prev), 0)::bigint as previous
                from (select month, region_code, n from insight_demand_area
                      where month in (:month, :prev) and region_code like :like and length(region_code) = 15
                      union all
                      select month, region_code, n from insight_demand_area_delta
                      where month in (:month, :prev) and region_code like :like and length(region_code) = 15) x
                group by region_code
                having sum(n) filter (where month = :month) > 0
                order by 2 desc, 1 limit :limit
                """).param("month", Date.valueOf(month.atDay(1))).param("prev", Date.valueOf(month.minusMonths(1).atDay(1)))
                .param("like", scope.regionLike()).param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Rows.of(GridCount.class)).list().stream().map(GridCount::hotspot).toList();
        return named(rows);
    }

    /**
     * 每月一题 candidates: the {@value #CANDIDATES} township-level hotspots with at least the configured number of
     * demands, weighted by growth, not yet adopted.
     */
    @Transactional(readOnly = true)
    public List<Hotspot> candidates(Scope scope, YearMonth month) {
        RegionLevel level = scope.region().level().ordinal() >= RegionLevel.TOWNSHIP.ordinal() ? RegionLevel.VILLAGE
                : RegionLevel.TOWNSHIP;
        return hotspots(scope, month, level, 200).stream()
                .filter(h -> h.count() >= properties.hotspotMinimum() && h.problemId() == null)
                .sorted(Comparator.comparingDouble(Hotspot::weight).reversed())
                .limit(CANDIDATES).toList();
    }

    @Transactional
    public Problem adopt(StaffPrincipal supervisor, YearMonth month, @Nullable String categoryCode, @Nullable String areaCode,
            @Nullable Long leadUnitId, @Nullable String plan) {
        if (categoryCode == null || categoryCode.isBlank() || areaCode == null || !RegionCode.isWellFormed(areaCode)) {
            throw new InvalidInput("areaCode", "insight.problem.hotspot");
        }
        RegionCode area = RegionCode.of(areaCode);
        if (!supervisor.scope().covers(area)) {
            throw new NotFound("region", areaCode);
        }
        String text = plan == null ? "" : plan.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInput("plan", "insight.problem.plan");
        }
        UnitView lead = (leadUnitId == null ? java.util.Optional.<UnitView>empty() : units.byId(UnitId.of(leadUnitId)))
                .filter(UnitView::active)
                .orElseThrow(() -> new InvalidInput("leadUnitId", "insight.problem.lead"));
        long count = jdbc.sql("""
                select count(*) from insight_demand where month = :month and category_code = :c and region_code like :like
                """).param("month", Date.valueOf(month.atDay(1))).param("c", categoryCode).param("like", area.prefix() + "%")
                .query(Long.class).single();
        if (count == 0) {
            throw new InvalidInput("areaCode", "insight.problem.hotspot");
        }
        Long id = jdbc.sql("""
                insert into insight_problem (month, category_code, area_code, demand_count, lead_unit_id, plan, adopted_by, adopted_at)
                values (:month, :c, :area, :n, :lead, :plan, :by, :at)
                on conflict (month, category_code, area_code) do nothing returning id
                """).param("month", Date.valueOf(month.atDay(1))).param("c", categoryCode).param("area", area.value())
                .param("n", count).param("lead", lead.id().value()).param("plan", text).param("by", supervisor.username())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new ConcurrentChange("problem", categoryCode + "@" + areaCode);
        }
        audit.record(AuditEntry.of(supervisor, "insight.problem.adopt", "problem:" + id, "ok",
                categoryCode + " " + areaCode + " → " + lead.name()));
        return problem(supervisor.scope(), id);
    }

    @Transactional
    public Problem followUp(StaffPrincipal actor, long problemId, @Nullable String note) {
        Problem p = problem(actor.scope(), problemId);
        boolean lead = actor.unitId().value() == p.leadUnitId();
        if (!lead && !actor.isAdministrator()) {
            throw new NotFound("problem", problemId);
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInput("note", "insight.problem.note");
        }
        jdbc.sql("""
                insert into insight_problem_note (problem_id, seq, at, author, note)
                values (:p, (select coalesce(max(seq), 0) + 1 from insight_problem_note where problem_id = :p), :at, :by, :note)
                """).param("p", problemId).param("at", Timestamp.from(clock.instant())).param("by", actor.username())
                .param("note", text).update();
        return problem(actor.scope(), problemId);
    }

    /** Adopted problems in the scope (or led by the viewer's unit), newest month first. */
    @Transactional(readOnly = true)
    public List<Problem> problems(Scope scope, long ownUnitId) {
        List<Long> ids = jdbc.sql("""
                select id from insight_problem where area_code like :like or lead_unit_id = :own order by month desc, id desc limit 100
                """).param("like", scope.assignedOnly() ? "-" : scope.regionLike()).param("own", ownUnitId)
                .query(Long.class).list();
        return ids.stream().map(this::load).toList();
    }

    @Transactional(readOnly = true)
    public Problem problem(Scope scope, long id) {
        Problem p = load(id);
        if (!scope.covers(RegionCode.of(p.areaCode())) && (scope.unitId() == null || scope.unitId() != p.leadUnitId())) {
            throw new NotFound("problem", id);
        }
        return p;
    }

    private Problem load(long id) {
        List<Problem.Note> notes = jdbc.sql("select at, author, note from insight_problem_note where problem_id = :p order by seq")
                .param("p", id).query(Rows.of(Problem.Note.class)).list();
        return jdbc.sql("select * from insight_problem where id = :id").param("id", id)
                .query(Rows.of(ProblemRow.class)).optional()
                .map(r -> new Problem(r.id(), r.month(), r.categoryCode(), r.areaCode(), areaName(r.areaCode()),
                        r.demandCount(), r.leadUnitId(),
                        units.byId(UnitId.of(r.leadUnitId())).map(UnitView::name).orElse("#" + r.leadUnitId()),
                        r.plan(), r.adoptedBy(), r.adoptedAt(), notes))
                .orElseThrow(() -> new NotFound("problem", id));
    }

    /** A category × area count of the month and the month before (the area a prefix of a code), with its problem if adopted. */
    private record AreaCount(String categoryCode, String area, long count, long previous, @Nullable Long problemId) {

        Hotspot hotspot() {
            String code = pad(area);
            return new Hotspot(categoryCode, code, code, count, previous, growth(count, previous), problemId);
        }
    }

    /** A grid's count of the month and the month before. */
    private record GridCount(String area, long count, long previous) {

        Hotspot hotspot() {
            return new Hotspot("", area, area, count, previous, growth(count, previous), null);
        }
    }

    private record ProblemRow(long id, LocalDate month, String categoryCode, String areaCode, long demandCount,
            long leadUnitId, String plan, String adoptedBy, Instant adoptedAt) {
    }

    /** Growth in percent with one decimal, none when the month before had nothing. */
    private static @Nullable Double growth(long count, long previous) {
        return previous == 0 ? null : Math.round(1000.0 * (count - previous) / previous) / 10.0;
    }

    private List<Hotspot> named(List<Hotspot> rows) {
        // one query for every name on the list, not one per row (issue 12: ~500 lookups made hotspots take a second)
        Map<String, String> names = regions.names(rows.stream().map(Hotspot::areaCode).distinct().toList());
        return rows.stream().map(h -> new Hotspot(h.categoryCode(), h.areaCode(), names.getOrDefault(h.areaCode(), h.areaCode()), h.count(),
                h.previous(), h.growth(), h.problemId())).toList();
    }

    private String areaName(String code) {
        try {
            return regions.find(RegionCode.of(code)).map(r -> r.name()).orElse(code);
        } catch (RuntimeException notARegion) {
            return code;
        }
    }

    /** A prefix of a 12-digit code padded back to a full code; grid codes (15) stay as they are. */
    private static String pad(String prefix) {
        return prefix.length() >= 12 ? prefix : (prefix + "000000000000").substring(0, 12);
    }
}
