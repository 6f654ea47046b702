package org.shegong.gridfusion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Departmental layers, their grids and the mapping of each grid onto unified grids. */
@Repository
class Layers {

    /** A stored departmental grid with the figures of its last analysis and its mapping. */
    record StoredGrid(long id, int position, String key, String name, String geojson, double area, double whole,
            List<String> suggested, List<String> mapped) {
    }

    /** A county's sums over its current layers (active and retired). */
    record CountySums(String county, int layers, int retired, double area, double whole, double fused) {
    }

    private static final String VISIBLE = """
            county_code like :like and (:assigned = false or unit_id = :unit)
            """;

    private final JdbcClient jdbc;

    Layers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextVersion(RegionCode county, String department, String name) {
        return jdbc.sql("""
                select coalesce(max(version), 0) + 1 from gridfusion_layer
                where county_code = :county and department = :department and name = :name
                """).param("county", county.value()).param("department", department).param("name", name)
                .query(Integer.class).single();
    }

    /** One upload of a layer at a time per county, across nodes, held until the transaction ends. */
    void lockCounty(RegionCode county) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('shegong.gridfusion.' || :county))").param("county", county.value())
                .query(Object.class).list();
    }

    void supersede(RegionCode county, String department, String name) {
        jdbc.sql("""
                update gridfusion_layer set status = 'SUPERSEDED'
                where county_code = :county and department = :department and name = :name and status = 'ACTIVE'
                """).param("county", county.value()).param("department", department).param("name", name).update();
    }

    long insertLayer(RegionCode county, String department, @Nullable Long unitId, String name, int version, int gridCount,
            String by, Instant at) {
        return jdbc.sql("""
                insert into gridfusion_layer (county_code, department, unit_id, name, version, status, grid_count, uploaded_by, uploaded_at)
                values (:county, :department, :unit, :name, :version, 'ACTIVE', :count, :by, :at) returning id
                """).param("county", county.value()).param("department", department).param("unit", unitId)
                .param("name", name).param("version", version).param("count", gridCount).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    long insertGrid(long layerId, int position, String key, String name, String geojson, double area, double whole,
            List<String> suggested) {
        return jdbc.sql("""
                insert into gridfusion_grid (layer_id, position, grid_key, name, geojson, area_sq_m, whole_sq_m, suggested)
                values (:layer, :position, :key, :name, :geojson, :area, :whole, :suggested) returning id
                """).param("layer", layerId).param("position", position).param("key", key).param("name", name)
                .param("geojson", geojson).param("area", area).param("whole", whole)
                .param("suggested", suggested.toArray(String[]::new)).query(Long.class).single();
    }

    void updateAnalysis(long gridId, double area, double whole, List<String> suggested) {
        jdbc.sql("update gridfusion_grid set area_sq_m = :area, whole_sq_m = :whole, suggested = :suggested where id = :id")
                .param("area", area).param("whole", whole).param("suggested", suggested.toArray(String[]::new))
                .param("id", gridId).update();
    }

    Optional<DepartmentLayer> find(long id, Scope scope) {
        return jdbc.sql("select * from gridfusion_layer where id = :id and " + VISIBLE).param("id", id)
                .param("like", scope.regionLike()).param("assigned", scope.assignedOnly()).param("unit", scope.unitId())
                .query(Rows.of(LayerRow.class)).optional().map(LayerRow::layer);
    }

    List<DepartmentLayer> list(Scope scope, int limit) {
        return jdbc.sql("select * from gridfusion_layer where " + VISIBLE
                + " order by county_code, department, name, version desc limit :limit")
                .param("like", scope.regionLike()).param("assigned", scope.assignedOnly()).param("unit", scope.unitId())
                .param("limit", limit).query(Rows.of(LayerRow.class)).list().stream().map(LayerRow::layer).toList();
    }

    List<StoredGrid> grids(long layerId) {
        return jdbc.sql("""
                select g.id, g.position, g.grid_key, g.name, g.geojson, g.area_sq_m, g.whole_sq_m, g.suggested,
                       array(select m.grid_code from gridfusion_mapping m where m.grid_id = g.id order by m.grid_code) as mapped
                from gridfusion_grid g where g.layer_id = :layer order by g.position
                """).param("layer", layerId).query(Rows.of(GridRow.class)).list().stream()
                .map(g -> new StoredGrid(g.id(), g.position(), g.gridKey(), g.name(), g.geojson(), g.areaSqM(), g.wholeSqM(),
                        g.suggested(), g.mapped()))
                .toList();
    }

    void replaceMapping(long gridId, Collection<String> codes, String by, Instant at) {
        jdbc.sql("delete from gridfusion_mapping where grid_id = :grid").param("grid", gridId).update();
        for (String code : codes) {
            jdbc.sql("""
                    insert into gridfusion_mapping (grid_id, grid_code, mapped_by, mapped_at) values (:grid, :code, :by, :at)
                    """).param("grid", gridId).param("code", code).param("by", by).param("at", Timestamp.from(at)).update();
        }
    }

    boolean retire(long layerId, String by, Instant at) {
        return jdbc.sql("""
                update gridfusion_layer set status = 'RETIRED', retired_by = :by, retired_at = :at
                where id = :id and status = 'ACTIVE'
                """).param("id", layerId).param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    /** Unified grid codes a departmental grid of a layer visible in {@code scope} is mapped onto, with its layer's status. */
    Optional<Map.Entry<LayerStatus, List<String>>> mappingOf(long gridId, Scope scope) {
        Optional<String> status = jdbc.sql("""
                select l.status from gridfusion_grid g join gridfusion_layer l on l.id = g.layer_id
                where g.id = :grid and l.county_code like :like and (:assigned = false or l.unit_id = :unit)
                """).param("grid", gridId).param("like", scope.regionLike()).param("assigned", scope.assignedOnly())
                .param("unit", scope.unitId()).query(String.class).optional();
        if (status.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = jdbc.sql("select grid_code from gridfusion_mapping where grid_id = :grid order by grid_code")
                .param("grid", gridId).query(String.class).list();
        return Optional.of(Map.entry(LayerStatus.valueOf(status.get()), codes));
    }

    /**
     * Per county in the scope, over its current layers (active and retired): departmental area, the part in whole
     * unified grids, and the fused part (a mapped grid counts whole, an unmapped one by its whole-grid part).
     */
    List<CountySums> countySums(Scope scope) {
        return jdbc.sql("""
                select l.county_code as county, count(distinct l.id) as layers,
                       count(distinct l.id) filter (where l.status = 'RETIRED') as retired,
                       coalesce(sum(g.area_sq_m), 0) as area, coalesce(sum(g.whole_sq_m), 0) as whole,
                       coalesce(sum(case when exists (select 1 from gridfusion_mapping m where m.grid_id = g.id)
                                         then g.area_sq_m else g.whole_sq_m end), 0) as fused
                from gridfusion_layer l left join gridfusion_grid g on g.layer_id = l.id
                where l.status in ('ACTIVE', 'RETIRED') and l.county_code like :like
                group by l.county_code order by l.county_code
                """).param("like", scope.regionLike())
                .query(Rows.of(CountySums.class)).list();
    }

    private record LayerRow(long id, String countyCode, String department, @Nullable Long unitId, String name, int version,
            LayerStatus status, int gridCount, String uploadedBy, Instant uploadedAt, @Nullable String retiredBy,
            @Nullable Instant retiredAt) {

        DepartmentLayer layer() {
            return new DepartmentLayer(id, new RegionCode(countyCode), department, unitId, name, version, status, gridCount,
                    uploadedBy, uploadedAt, retiredBy, retiredAt);
        }
    }

    /** A departmental grid with the unified grids suggested (V261, {@code text[]}) and those it is mapped onto. */
    private record GridRow(long id, int position, String gridKey, String name, String geojson, double areaSqM, double wholeSqM,
            List<String> suggested, List<String> mapped) {
    }
}
