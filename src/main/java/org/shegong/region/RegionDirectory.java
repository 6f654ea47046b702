package org.shegong.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The division tree of Sichuan: look up a unit, walk down to its children or up to its ancestors,
 * search by name or code, count units per level. Read-only; the data comes from the shipped file.
 */
@Service
@Transactional(readOnly = true)
public class RegionDirectory {

    private static final int MAX_SEARCH = 50;

    private final JdbcClient jdbc;

    RegionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(RegionCode code) {
        return jdbc.sql("select * from region_division where code = :code")
                .param("code", code.value()).query(Rows.of(DivisionRow.class)).optional().map(DivisionRow::region);
    }

    /**
     * The names of many divisions in one query (a hotspot list names hundreds of areas); codes that are not
     * divisions (grids, malformed) are simply absent from the map.
     */
    public java.util.Map<String, String> names(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("select code, name from region_division where code = any(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** The unit, or {@link NotFound} (404). */
    public Region get(RegionCode code) {
        return find(code).orElseThrow(() -> new NotFound("region", code));
    }

    /** The units directly below {@code code}, by code; unknown code → {@link NotFound}. */
    public List<Region> children(RegionCode code) {
        get(code);
        return jdbc.sql("select * from region_division where parent_code = :code order by code")
                .param("code", code.value()).query(Rows.of(DivisionRow.class)).list().stream().map(DivisionRow::region).toList();
    }

    /** From the province down to and including {@code code}: the breadcrumb. */
    public List<Region> ancestors(RegionCode code) {
        List<String> codes = new ArrayList<>();
        for (RegionCode c = code.level() == RegionLevel.GRID ? code.parent() : code; c != null; c = c.parent()) {
            codes.add(c.value());
        }
        List<Region> found = jdbc.sql("select * from region_division where code in (:codes) order by code")
                .param("codes", codes).query(Rows.of(DivisionRow.class)).list().stream().map(DivisionRow::region).toList();
        return Collections.unmodifiableList(found);
    }

    /**
     * Units whose name, short name or code contains {@code fragment}, exact matches first, then
     * prefix matches, then the rest, shallow levels before deep ones; at most {@code limit} (≤ 50).
     */
    public List<Region> search(String fragment, int limit) {
        String q = fragment.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        String contains = "%" + escapeLike(q) + "%";
        String prefix = escapeLike(q) + "%";
        return jdbc.sql("""
                select *,
                       case when name = :q or short_name = :q or code = :q then 0
                            when name like :prefix or short_name like :prefix or code like :prefix then 1
                            else 2 end as rank
                from region_division
                where name like :contains or code like :prefix
                order by rank,
                         case level when 'PROVINCE' then 0 when 'CITY' then 1 when 'COUNTY' then 2
                                    when 'TOWNSHIP' then 3 else 4 end,
                         code
                limit :limit
                """)
                .param("q", q).param("prefix", prefix).param("contains", contains)
                .param("limit", Math.max(1, Math.min(limit, MAX_SEARCH)))
                .query(Rows.of(DivisionRow.class)).list().stream().map(DivisionRow::region).toList();
    }

    /** The units of {@code level} inside {@code code} (e.g. every township of 成都市), by code; one query. */
    public List<Region> within(RegionCode code, RegionLevel level) {
        return jdbc.sql("select * from region_division where code like :like and level = :level order by code")
                .param("like", code.prefix() + "%").param("level", level.name()).query(Rows.of(DivisionRow.class)).list().stream().map(DivisionRow::region).toList();
    }

    /** How many units of each lower level lie inside {@code code} (e.g. 成都市: counties, townships, villages). */
    public Map<RegionLevel, Integer> countsByLevel(RegionCode code) {
        get(code);
        Map<RegionLevel, Integer> counts = new EnumMap<>(RegionLevel.class);
        String like = code.prefix() + "%";
        jdbc.sql("""
                select level, count(*) as n from region_division
                where code like :like and code <> :code
                group by level
                """).param("like", like).param("code", code.value())
                .query((rs, i) -> counts.put(RegionLevel.valueOf(rs.getString("level")), rs.getInt("n"))).list();
        for (RegionLevel level : RegionLevel.values()) {
            if (code.level().isAbove(level) && level != RegionLevel.GRID) {
                counts.putIfAbsent(level, 0);
            }
        }
        return counts;
    }

    /**
     * The current code of a unit whose code changed in the 2019–2021 township/village mergers, or
     * the code itself when no change is recorded. A unit merged into several successors yields the
     * lowest successor code.
     */
    public RegionCode currentCode(RegionCode code) {
        RegionCode current = code;
        for (int hops = 0; hops < 5; hops++) {
            Optional<String> next = jdbc.sql("select new_code from region_code_change where old_code = :code order by new_code limit 1")
                    .param("code", current.value()).query(String.class).optional();
            if (next.isEmpty() || next.get().equals(current.value())) {
                return current;
            }
            current = new RegionCode(next.get());
        }
        return current;
    }

    /** Records that {@code oldCode} became {@code newCode} (importers of historical data call this). */
    @Transactional
    public void recordCodeChange(RegionCode oldCode, RegionCode newCode, String oldName, String source) {
        jdbc.sql("""
                insert into region_code_change (old_code, new_code, old_name, source)
                values (:old, :new, :name, :source)
                on conflict (old_code, new_code) do update set old_name = excluded.old_name, source = excluded.source
                """).param("old", oldCode.value()).param("new", newCode.value())
                .param("name", oldName).param("source", source).update();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A row of {@code region_division} (decision 0007: read by column name into a record). */
    private record DivisionRow(String code, String name, String shortName, RegionLevel level, @Nullable String parentCode,
            int childCount) {

        Region region() {
            return new Region(new RegionCode(code), name, shortName, level, parentCode == null ? null : new RegionCode(parentCode),
                    childCount);
        }
    }
}
