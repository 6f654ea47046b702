package org.shegong.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.OverviewTile;
import org.shegong.Rows;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 一屏统览: one screen for a leader over the region they drilled to (province, city, county or township, always
 * inside their scope): this month's demands and 三率 with last month beside them, every area one level down
 * ranked by volume, the hotspot categories, and each module's tile ({@link OverviewSource}). The demand figures
 * come from {@code insight_overview_area}, rebuilt for a month by a recurring task and whenever a reader finds
 * it older than {@link #MAX_AGE}, so the province screen sums a few thousand rows, never a month of work orders.
 */
@Service
public class Overview {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** How often the recurring task rebuilds the summary. */
    static final Duration REFRESH = Duration.ofMinutes(5);
    /** How old the summary may be before a reader rebuilds it: only when the recurring task has not run. */
    static final Duration MAX_AGE = REFRESH.multipliedBy(2);
    private static final int HOTSPOTS = 6;

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final Rankings rankings;
    private final ObjectProvider<OverviewSource> sources;
    private final org.shegong.duty.CategoryCatalogue categories;
    private final TransactionTemplate tx;
    private final Clock clock;

    Overview(JdbcClient jdbc, RegionDirectory regions, Rankings rankings, ObjectProvider<OverviewSource> sources,
            org.shegong.duty.CategoryCatalogue categories, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.rankings = rankings;
        this.sources = sources;
        this.categories = categories;
        this.tx = tx;
        this.clock = clock;
    }

    /** The recurring rebuild of this month and the last, so a leader seldom waits for one. */
    void refreshRecent() {
        YearMonth now = YearMonth.now(clock.withZone(ZONE));
        refresh(now);
        refresh(now.minusMonths(1));
    }

    /** The counts of demands and 三率 for one area (a region, or one area one level below it). */
    /** The sums of one area (a code prefix), category and month. */
    private record AreaMonth(String area, String categoryCode, LocalDate month, long received, long dispatched,
            long onTime, long calledBack, long resolved, long satisfied, long basic) {

        Figures figures() {
            return new Figures(received, dispatched, onTime, calledBack, resolved, satisfied, basic);
        }
    }

    public record Figures(long received, long dispatched, long onTime, long calledBack, long resolved, long satisfied,
            long basic) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0);

        Figures plus(Figures o) {
            return new Figures(received + o.received, dispatched + o.dispatched, onTime + o.onTime,
                    calledBack + o.calledBack, resolved + o.resolved, satisfied + o.satisfied, basic + o.basic);
        }

        /** 三率 (接诉即办工作条例 §32), in percent, null without a sample — the formulas of {@link AssessmentPolicy}. */
        public @Nullable Double response() {
            return AssessmentPolicy.rate(onTime, dispatched);
        }

        public @Nullable Double resolution() {
            return AssessmentPolicy.rate(resolved, calledBack);
        }

        public @Nullable Double satisfaction(int basicCredit) {
            return calledBack == 0 ? null
                    : AssessmentPolicy.round(100.0 * (satisfied + basic * basicCredit / 100.0) / calledBack);
        }
    }

    /** An area one level down: its name, this month's figures and whether one may drill into it. */
    public record Area(String code, String name, Figures figures, @Nullable Double response, boolean drillable) {
    }

    /** A category growing or large in the region this month. */
    public record HotCategory(String code, String name, long count, long previous, @Nullable Double growth) {
    }

    /**
     * The screen: the region and the way back up (inside the scope only), this month and last, the areas below,
     * the hotspot categories, the modules' tiles in their order, and when the demand figures were counted.
     */
    public record Board(Region region, List<Region> trail, YearMonth month, Figures current, Figures previous,
            int basicCredit, List<Area> areas, List<HotCategory> hotspots, List<OverviewTile> tiles,
            @Nullable Instant countedAt) {

        public @Nullable Double satisfaction() {
            return current.satisfaction(basicCredit);
        }

        public @Nullable Double previousSatisfaction() {
            return previous.satisfaction(basicCredit);
        }
    }

    /**
     * The board for {@code regionCode} (the leader's own region when null): a code outside the leader's scope, or
     * unknown, answers {@link NotFound}; below a township is not drilled (the township is the finest level).
     */
    public Board board(StaffPrincipal me, @Nullable String regionCode, boolean english) {
        RegionCode home = me.scope().region();
        RegionCode code;
        if (regionCode == null || regionCode.isBlank()) {
            code = home;
        } else if (!RegionCode.isWellFormed(regionCode.strip())) {
            throw new InvalidInput("region", "insight.overview.region", regionCode);
        } else {
            code = RegionCode.of(regionCode.strip());
        }
        if (!me.scope().covers(code)) {
            throw new NotFound("region", code);
        }
        if (code.level() == RegionLevel.VILLAGE || code.level() == RegionLevel.GRID) {
            code = code.ancestorAt(RegionLevel.TOWNSHIP);
        }
        Region region = regions.get(code);
        List<Region> trail = regions.ancestors(code).stream().filter(r -> me.scope().covers(r.code())).toList();
        YearMonth month = YearMonth.now(clock.withZone(ZONE));
        Instant counted = fresh(month);
        fresh(month.minusMonths(1));
        Map<String, Figures> byArea = new HashMap<>();
        Map<String, long[]> byCategory = new HashMap<>();
        String like = code.prefix() + "%";
        boolean leaf = code.level() == RegionLevel.TOWNSHIP;
        int digits = leaf ? 12 : childDigits(code.level());
        try (Stream<AreaMonth> rows = jdbc.sql("""
                select substr(area_code, 1, :digits) as area, category_code, month, sum(received) as received,
                       sum(dispatched) as dispatched, sum(on_time) as on_time, sum(called_back) as called_back,
                       sum(resolved) as resolved, sum(satisfied) as satisfied, sum(basic) as basic
                from insight_overview_area
                where month in (:current, :previous) and area_code like :like
                group by 1, 2, 3
                """).param("digits", digits).param("like", like)
                .param("current", Date.valueOf(month.atDay(1))).param("previous", Date.valueOf(month.minusMonths(1).atDay(1)))
                .query(Rows.of(AreaMonth.class)).stream()) {
            rows.forEach(r -> {
                boolean current = r.month().equals(month.atDay(1));
                long[] c = byCategory.computeIfAbsent(r.categoryCode(), k -> new long[2]);
                c[current ? 0 : 1] += r.received();
                byArea.merge(current ? pad(r.area()) : "prev", r.figures(), Figures::plus);
            });
        }
        Figures previous = byArea.getOrDefault("prev", Figures.NONE);
        byArea.remove("prev");
        Figures current = byArea.values().stream().reduce(Figures.NONE, Figures::plus);
        List<Area> areas = new ArrayList<>();
        if (!leaf) {
            for (Region child : regions.children(code)) {
                Figures f = byArea.getOrDefault(child.code().value(), Figures.NONE);
                areas.add(new Area(child.code().value(), child.name(), f, f.response(), true));
            }
            // demands taken in at this region's own level (a caller who knew only the city)
            Figures own = byArea.get(code.value());
            if (own != null) {
                areas.add(new Area(code.value(), region.name(), own, own.response(), false));
            }
            areas.sort(Comparator.comparingLong((Area a) -> -a.figures().received()).thenComparing(Area::code));
        }
        Map<String, String> names = categoryNames(english);
        List<HotCategory> hot = byCategory.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .map(e -> new HotCategory(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[0],
                        e.getValue()[1], e.getValue()[1] == 0 ? null
                                : AssessmentPolicy.round(100.0 * (e.getValue()[0] - e.getValue()[1]) / e.getValue()[1])))
                .sorted(Comparator.comparingLong((HotCategory h) -> -h.count()).thenComparing(HotCategory::code))
                .limit(HOTSPOTS).toList();
        RegionCode drilled = code;
        List<OverviewTile> tiles = sources.orderedStream().map(s -> s.tile(me, drilled.value()))
                .flatMap(Optional::stream).sorted(Comparator.comparingInt(OverviewTile::order)).toList();
        return new Board(region, trail, month, current, previous, rankings.weights().basicCredit(), areas, hot, tiles,
                counted);
    }

    /** Rebuilds a month of the summary from the projection (one transaction; concurrent rebuilds wait). */
    public Instant refresh(YearMonth month) {
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('insight_overview_area'))").query(Object.class).single();
            Date m = Date.valueOf(month.atDay(1));
            jdbc.sql("delete from insight_overview_area where month = :m").param("m", m).update();
            jdbc.sql("""
                    insert into insight_overview_area (month, area_code, category_code, received, dispatched, on_time,
                      called_back, resolved, satisfied, basic)
                    select :m, area, category_code, sum(received), sum(dispatched), sum(on_time), sum(called_back),
                           sum(resolved), sum(satisfied), sum(basic)
                    from (
                      select substr(region_code, 1, 9) || '000' as area, category_code, count(*) as received,
                             0 as dispatched, 0 as on_time, 0 as called_back, 0 as resolved, 0 as satisfied, 0 as basic
                      from insight_demand d
                      where d.month = :m
                        and not exists (select 1 from insight_merged x where x.demand_id = d.demand_id)
                      group by 1, 2
                      union all
                      select substr(region_code, 1, 9) || '000', category_code, 0, count(*),
                             count(*) filter (where accepted_on_time),
                             count(*) filter (where reached),
                             count(*) filter (where reached and resolved),
                             count(*) filter (where reached and satisfaction = 'SATISFIED'),
                             count(*) filter (where reached and satisfaction = 'BASICALLY_SATISFIED')
                      from insight_order
                      where month = :m and not merged and not excluded
                      group by 1, 2) x
                    group by area, category_code
                    """).param("m", m).update();
            jdbc.sql("""
                    insert into insight_overview_refresh (month, refreshed_at) values (:m, :at)
                    on conflict (month) do update set refreshed_at = excluded.refreshed_at
                    """).param("m", m).param("at", Timestamp.from(now)).update();
        });
        return now;
    }

    /** When the month was counted; rebuilt first when it never was or is older than {@link #MAX_AGE}. */
    private Instant fresh(YearMonth month) {
        Optional<Instant> at = jdbc.sql("select refreshed_at from insight_overview_refresh where month = :m")
                .param("m", Date.valueOf(month.atDay(1))).query(Timestamp.class).optional().map(Timestamp::toInstant);
        if (at.isPresent() && at.get().isAfter(clock.instant().minus(MAX_AGE))) {
            return at.get();
        }
        return refresh(month);
    }

    private Map<String, String> categoryNames(boolean english) {
        Map<String, String> names = new HashMap<>();
        categories.activeCategories().forEach(c -> names.put(c.code(),
                english && !c.nameEn().isBlank() ? c.nameEn() : c.nameZh()));
        return names;
    }

    private static int childDigits(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> 4;
            case CITY -> 6;
            default -> 9;
        };
    }

    private static String pad(String prefix) {
        return (prefix + "000000000000").substring(0, 12);
    }
}
