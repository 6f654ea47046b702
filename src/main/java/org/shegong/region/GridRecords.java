package org.shegong.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The grid table and its workers. */
@Repository
class GridRecords {

    private final JdbcClient jdbc;

    GridRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One grid import at a time across all nodes, held until the transaction ends; false when another one runs. */
    boolean tryImportLock() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext('shegong.import.grids'))")
                .query(Boolean.class).single());
    }

    /** Inserts or overwrites by code; answers true when the grid was new. */
    boolean upsert(GridFeature f, Instant now) {
        String geometry = GridGeoJson.write(f.geometry());
        var envelope = f.geometry().getEnvelopeInternal();
        boolean created = jdbc.sql("""
                insert into region_grid (code, village_code, township_code, name, geojson, min_lng, min_lat, max_lng, max_lat,
                                         area_sq_m, household_count, supervision_phone, area_note, demo, version, created_at, updated_at)
                values (:code, :village, :township, :name, :geojson, :minLng, :minLat, :maxLng, :maxLat,
                        :area, :households, :supervision, :note, :demo, 0, :now, :now)
                on conflict (code) do update set
                    name = excluded.name, geojson = excluded.geojson,
                    min_lng = excluded.min_lng, min_lat = excluded.min_lat, max_lng = excluded.max_lng, max_lat = excluded.max_lat,
                    area_sq_m = excluded.area_sq_m, household_count = excluded.household_count,
                    supervision_phone = excluded.supervision_phone, area_note = excluded.area_note, demo = excluded.demo,
                    version = region_grid.version + 1, updated_at = excluded.updated_at
                returning (xmax = 0) as created
                """)
                .param("code", f.code().value())
                .param("village", f.code().parent().value())
                .param("township", f.code().ancestorAt(RegionLevel.TOWNSHIP).value())
                .param("name", f.name()).param("geojson", geometry)
                .param("minLng", envelope.getMinX()).param("minLat", envelope.getMinY())
                .param("maxLng", envelope.getMaxX()).param("maxLat", envelope.getMaxY())
                .param("area", GridGeoJson.areaSquareMetres(f.geometry()))
                .param("households", f.householdCount()).param("supervision", f.supervisionPhone())
                .param("note", f.areaNote()).param("demo", f.demo()).param("now", Timestamp.from(now))
                .query(Boolean.class).single();
        replaceWorkers(f.code().value(), f.workers());
        return created;
    }

    /** Changes the display data if {@code version} is still current; answers false when someone was first. */
    boolean update(RegionCode code, long version, String name, int householdCount, @Nullable String supervisionPhone,
            @Nullable String areaNote, List<GridWorker> workers, Instant now) {
        int changed = jdbc.sql("""
                update region_grid set name = :name, household_count = :households, supervision_phone = :supervision,
                       area_note = :note, version = version + 1, updated_at = :now
                where code = :code and version = :version
                """).param("name", name).param("households", householdCount).param("supervision", supervisionPhone)
                .param("note", areaNote).param("now", Timestamp.from(now)).param("code", code.value())
                .param("version", version).update();
        if (changed == 1) {
            replaceWorkers(code.value(), workers);
        }
        return changed == 1;
    }

    private void replaceWorkers(String code, List<GridWorker> workers) {
        jdbc.sql("delete from region_grid_worker where grid_code = :code").param("code", code).update();
        for (int i = 0; i < workers.size(); i++) {
            GridWorker w = workers.get(i);
            jdbc.sql("""
                    insert into region_grid_worker (grid_code, position, name, phone, account_username)
                    values (:code, :position, :name, :phone, :account)
                    """).param("code", code).param("position", i).param("name", w.name())
                    .param("phone", w.phone()).param("account", w.accountUsername()).update();
        }
    }

    long bumpRevision() {
        return jdbc.sql("update region_grid_revision set revision = revision + 1 where id = 1 returning revision")
                .query(Long.class).single();
    }

    long revision() {
        return jdbc.sql("select revision from region_grid_revision where id = 1").query(Long.class).single();
    }

    Optional<Grid> find(RegionCode code) {
        return withWorkers(jdbc.sql("select * from region_grid where code = :code")
                .param("code", code.value()).query(GridRecords::grid).list()).stream().findFirst();
    }

    List<Grid> inTownship(RegionCode township) {
        return withWorkers(jdbc.sql("select * from region_grid where township_code = :township order by code")
                .param("township", township.value()).query(GridRecords::grid).list());
    }

    List<String> townshipsWithGrids(String regionLike) {
        return jdbc.sql("select distinct township_code from region_grid where code like :like order by township_code limit 200")
                .param("like", regionLike).query(String.class).list();
    }

    List<String> servedBy(String accountUsername) {
        return jdbc.sql("select distinct grid_code from region_grid_worker where account_username = :u order by grid_code")
                .param("u", accountUsername).query(String.class).list();
    }

    boolean anyInTownship(RegionCode township) {
        return jdbc.sql("select exists (select 1 from region_grid where township_code = :township)")
                .param("township", township.value()).query(Boolean.class).single();
    }

    /** Every grid's geometry, for the spatial index. */
    Map<String, String> allGeometries() {
        Map<String, String> all = new HashMap<>();
        jdbc.sql("select code, geojson from region_grid").query((ResultSet rs) -> {
            all.put(rs.getString(1), rs.getString(2));
        });
        return all;
    }

    private List<Grid> withWorkers(List<Grid> grids) {
        if (grids.isEmpty()) {
            return grids;
        }
        Map<String, List<GridWorker>> workers = new LinkedHashMap<>();
        jdbc.sql("select * from region_grid_worker where grid_code in (:codes) order by grid_code, position")
                .param("codes", grids.stream().map(g -> g.code().value()).toList())
                .query((ResultSet rs) -> {
                    workers.computeIfAbsent(rs.getString("grid_code"), k -> new ArrayList<>())
                            .add(new GridWorker(rs.getString("name"), rs.getString("phone"), rs.getString("account_username")));
                });
        List<Grid> result = new ArrayList<>(grids.size());
        for (Grid g : grids) {
            result.add(new Grid(g.code(), g.name(), g.villageCode(), g.townshipCode(), g.householdCount(),
                    List.copyOf(workers.getOrDefault(g.code().value(), List.of())), g.supervisionPhone(), g.areaNote(),
                    g.demo(), g.geometry(), g.areaSquareMetres(), g.version(), g.updatedAt()));
        }
        return result;
    }

    /** Which of {@code codes} are known village codes. */
    List<String> existingVillages(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select code from region_division where level = 'VILLAGE' and code in (:codes)")
                .param("codes", codes).query(String.class).list();
    }

    private static Grid grid(ResultSet rs, int row) throws SQLException {
        return new Grid(new RegionCode(rs.getString("code")), rs.getString("name"),
                new RegionCode(rs.getString("village_code")), new RegionCode(rs.getString("township_code")),
                rs.getInt("household_count"), List.of(), rs.getString("supervision_phone"), rs.getString("area_note"),
                rs.getBoolean("demo"), rs.getString("geojson"), rs.getDouble("area_sq_m"), rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
