package org.shegong.region;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
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
                .param("code", code.value()).query(Rows.of(GridRow.class)).list()).stream().findFirst();
    }

    List<Grid> inTownship(RegionCode township) {
        return withWorkers(jdbc.sql("select * from region_grid where township_code = :township order by code")
                .param("township", township.value()).query(Rows.of(GridRow.class)).list());
    }

    List<String> townshipsWithGrids(String regionLike) {
        return jdbc.sql("select distinct township_code from region_grid where code like :like order by township_code limit 200")
                .param("like", regionLike).query(String.class).list();
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

    /** Code → geometry text of every grid whose code starts with the region's significant digits. */
    Map<String, String> geometriesLike(String regionLike) {
        Map<String, String> all = new LinkedHashMap<>();
        jdbc.sql("select code, geojson from region_grid where code like :like order by code").param("like", regionLike)
                .query((ResultSet rs) -> {
                    all.put(rs.getString(1), rs.getString(2));
                });
        return all;
    }

    /** Codes of the grids that list the account among their workers. */
    List<String> servedBy(String username) {
        return jdbc.sql("select distinct grid_code from region_grid_worker where account_username = :u order by grid_code")
                .param("u", username).query(String.class).list();
    }

    private List<Grid> withWorkers(List<GridRow> grids) {
        if (grids.isEmpty()) {
            return List.of();
        }
        Map<String, List<GridWorker>> workers = new LinkedHashMap<>();
        try (Stream<WorkerRow> rows = jdbc.sql("""
                select grid_code, name, phone, account_username from region_grid_worker
                where grid_code in (:codes) order by grid_code, position""")
                .param("codes", grids.stream().map(GridRow::code).toList()).query(Rows.of(WorkerRow.class)).stream()) {
            rows.forEach(w -> workers.computeIfAbsent(w.gridCode(), k -> new ArrayList<>())
                    .add(new GridWorker(w.name(), w.phone(), w.accountUsername())));
        }
        List<Grid> result = new ArrayList<>(grids.size());
        for (GridRow g : grids) {
            result.add(g.grid(List.copyOf(workers.getOrDefault(g.code(), List.of()))));
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

    /** A grid as stored; its workers are read apart. */
    private record GridRow(String code, String name, String villageCode, String townshipCode, int householdCount,
            @Nullable String supervisionPhone, @Nullable String areaNote, boolean demo, String geojson, double areaSqM,
            long version, Instant updatedAt) {

        Grid grid(List<GridWorker> workers) {
            return new Grid(new RegionCode(code), name, new RegionCode(villageCode), new RegionCode(townshipCode),
                    householdCount, workers, supervisionPhone, areaNote, demo, geojson, areaSqM, version, updatedAt);
        }
    }

    private record WorkerRow(String gridCode, String name, @Nullable String phone, @Nullable String accountUsername) {
    }
}
