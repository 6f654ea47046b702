package org.shegong.gridfusion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.GridUploadRejected;
import org.shegong.region.Grids;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departmental grid layers (多网融合, DOMAIN §1: departments may not keep grids of their own — 滨州 grid regulation §6
 * ¶3): take a department's layer in beside the unified one (all or nothing), report how it fits, map its grids onto
 * unified grids in the administrator's scope, retire it, and count each county's fusion figure.
 */
@Service
public class GridFusionManagement {

    private static final Logger log = LoggerFactory.getLogger(GridFusionManagement.class);
    static final int MAX_TEXT = 100;
    /** Most unified grids one departmental grid may be mapped onto. */
    static final int MAX_MAPPED = 200;

    private final Layers layers;
    private final Grids grids;
    private final RegionDirectory regions;
    private final GridFusionPermissions permissions;
    private final Clock clock;

    GridFusionManagement(Layers layers, Grids grids, RegionDirectory regions, GridFusionPermissions permissions, Clock clock) {
        this.layers = layers;
        this.grids = grids;
        this.regions = regions;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * Stores a department's layer for a county as the next version of its name, or nothing: any invalid feature
     * rejects the whole upload. A department uploads under its own unit's name; an administrator names the department.
     *
     * @throws GridUploadRejected listing every problem of the file
     */
    @Transactional
    public DepartmentLayer upload(StaffPrincipal me, @Nullable String countyCode, @Nullable String department,
            @Nullable String name, String geoJson) {
        permissions.require(me, GridFusionStep.UPLOAD_LAYER);
        RegionCode county = county(me.scope(), countyCode);
        String dept = me.scope().assignedOnly() ? me.unitName() : text(department, "department", "gridfusion.layer.department.required");
        Long unitId = me.scope().assignedOnly() ? me.unitId().value() : null;
        String layerName = text(name, "name", "gridfusion.layer.layerName.required");
        LayerGeoJson.Parsed parsed = LayerGeoJson.parse(geoJson);
        if (!parsed.problems().isEmpty()) {
            throw new GridUploadRejected(parsed.problems());
        }
        layers.lockCounty(county);
        Map<String, Geometry> unified = unified(county);
        List<FitAnalysis.Departmental> input = new ArrayList<>();
        for (int i = 0; i < parsed.features().size(); i++) {
            LayerGeoJson.Feature f = parsed.features().get(i);
            input.add(new FitAnalysis.Departmental(i, f.key(), f.name(), f.geometry()));
        }
        FitReport fit = FitAnalysis.analyse(unified, input);
        Instant now = clock.instant();
        int version = layers.nextVersion(county, dept, layerName);
        layers.supersede(county, dept, layerName);
        long id = layers.insertLayer(county, dept, unitId, layerName, version, input.size(), me.username(), now);
        for (int i = 0; i < input.size(); i++) {
            FitReport.GridFit g = fit.grids().get(i);
            layers.insertGrid(id, i, g.key(), g.name(), LayerGeoJson.write(input.get(i).geometry()), g.area(), g.wholeArea(),
                    g.suggested());
        }
        log.info("Departmental layer {} v{} of {} for {}: {} grids", layerName, version, dept, county.value(), input.size());
        return layers.find(id, Scope.PROVINCE).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<DepartmentLayer> layers(StaffPrincipal me) {
        permissions.require(me, GridFusionStep.VIEW_LAYERS);
        return layers.list(me.scope(), 500);
    }

    @Transactional(readOnly = true)
    public DepartmentLayer layer(StaffPrincipal me, long id) {
        permissions.require(me, GridFusionStep.VIEW_LAYERS);
        return layers.find(id, me.scope()).orElseThrow(() -> new NotFound("grid layer", id));
    }

    /** The layer's fit on the unified grids as they are now (the stored figures follow). */
    @Transactional
    public LayerReport report(StaffPrincipal me, long id) {
        DepartmentLayer layer = layer(me, id);
        permissions.require(me, layer, GridFusionStep.VIEW_LAYERS);
        List<Layers.StoredGrid> stored = layers.grids(id);
        Map<String, Geometry> unified = unified(layer.county());
        List<FitAnalysis.Departmental> input = stored.stream()
                .map(g -> new FitAnalysis.Departmental(g.id(), g.key(), g.name(), LayerGeoJson.read(g.geojson()))).toList();
        FitReport fit = FitAnalysis.analyse(unified, input);
        Map<Long, List<String>> mapped = new LinkedHashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            Layers.StoredGrid s = stored.get(i);
            FitReport.GridFit g = fit.grids().get(i);
            if (Math.abs(s.whole() - g.wholeArea()) > 0.5 || Math.abs(s.area() - g.area()) > 0.5 || !s.suggested().equals(g.suggested())) {
                layers.updateAnalysis(s.id(), g.area(), g.wholeArea(), g.suggested());
            }
            if (!s.mapped().isEmpty()) {
                mapped.put(s.id(), s.mapped());
            }
        }
        Set<String> crossing = fit.grids().stream().filter(FitReport.GridFit::crossesVillages).map(FitReport.GridFit::key)
                .collect(Collectors.toSet());
        return new LayerReport(layer, permissions.allowed(me, layer), fit, FitMap.of(unified, input, fit, crossing), mapped);
    }

    /**
     * Maps departmental grids of an active layer onto unified grids (replacing their earlier mapping), all or nothing:
     * every code must be a unified grid of the layer's county inside the administrator's scope.
     *
     * @param mapping departmental grid id → unified grid codes
     * @return how many departmental grids were mapped
     */
    @Transactional
    public int map(StaffPrincipal me, long layerId, Map<Long, List<String>> mapping) {
        DepartmentLayer layer = layer(me, layerId);
        permissions.require(me, layer, GridFusionStep.MAP_GRIDS);
        requireActive(layer);
        if (mapping.isEmpty()) {
            throw new InvalidInput("mappings", "gridfusion.mapping.empty");
        }
        Set<Long> ours = layers.grids(layerId).stream().map(Layers.StoredGrid::id).collect(Collectors.toSet());
        Set<RegionCode> unified = grids.geometriesIn(layer.county()).keySet();
        List<InvalidInput> problems = new ArrayList<>();
        Map<Long, Set<String>> clean = new LinkedHashMap<>();
        for (Map.Entry<Long, List<String>> e : mapping.entrySet()) {
            if (e.getKey() == null || !ours.contains(e.getKey())) {
                throw new InvalidInput("mappings", "gridfusion.mapping.unknownGrid", String.valueOf(e.getKey()));
            }
            List<String> codes = e.getValue() == null ? List.of() : e.getValue();
            if (codes.isEmpty() || codes.size() > MAX_MAPPED) {
                throw new InvalidInput("mappings", "gridfusion.mapping.count", MAX_MAPPED);
            }
            Set<String> set = new LinkedHashSet<>();
            for (String raw : codes) {
                String code = raw == null ? "" : raw.strip();
                if (!RegionCode.isWellFormed(code) || code.length() != 15) {
                    throw new InvalidInput("mappings", "gridfusion.mapping.outsideScope", code.length() > 20 ? code.substring(0, 20) : code);
                }
                RegionCode c = new RegionCode(code);
                // a grid of another area is refused like an unknown one: no existence leak
                if (!me.scope().covers(c) || !unified.contains(c)) {
                    throw new InvalidInput("mappings", "gridfusion.mapping.outsideScope", code);
                }
                set.add(code);
            }
            clean.put(e.getKey(), set);
        }
        Instant now = clock.instant();
        clean.forEach((gridId, codes) -> layers.replaceMapping(gridId, codes, me.username(), now));
        return clean.size();
    }

    /** Accepts the suggested mapping for every departmental grid of the layer that is not mapped yet. */
    @Transactional
    public int acceptSuggestions(StaffPrincipal me, long layerId) {
        LayerReport report = report(me, layerId);
        Map<Long, List<String>> mapping = new LinkedHashMap<>();
        for (FitReport.GridFit g : report.fit().grids()) {
            if (!report.mapped().containsKey(g.id()) && !g.suggested().isEmpty()) {
                mapping.put(g.id(), g.suggested().stream().filter(c -> me.scope().covers(new RegionCode(c))).toList());
            }
        }
        mapping.values().removeIf(List::isEmpty);
        if (mapping.isEmpty()) {
            throw new InvalidInput("mappings", "gridfusion.mapping.nothingSuggested");
        }
        return map(me, layerId, mapping);
    }

    /**
     * Retires a layer whose every grid is mapped: from then on the department's work in that area goes to the
     * unified grids' workers ({@link InspectionManagement} sends it there).
     */
    @Transactional
    public DepartmentLayer retire(StaffPrincipal me, long layerId) {
        DepartmentLayer layer = layer(me, layerId);
        permissions.require(me, layer, GridFusionStep.RETIRE_LAYER);
        requireActive(layer);
        long unmapped = layers.grids(layerId).stream().filter(g -> g.mapped().isEmpty()).count();
        if (unmapped > 0) {
            throw new InvalidInput("layer", "gridfusion.retire.unmapped", unmapped);
        }
        if (!layers.retire(layerId, me.username(), clock.instant())) {
            throw new org.shegong.ConcurrentChange("grid layer", layerId);
        }
        return layers.find(layerId, me.scope()).orElseThrow();
    }

    /** Per county in the reader's scope: the fit and fusion figures over its current departmental layers. */
    @Transactional(readOnly = true)
    public List<CountyFigure> statistics(StaffPrincipal me) {
        permissions.require(me, GridFusionStep.VIEW_LAYERS);
        Map<String, String> names = new HashMap<>();
        return layers.countySums(me.scope()).stream().map(s -> new CountyFigure(new RegionCode(s.county()),
                names.computeIfAbsent(s.county(), c -> regions.find(new RegionCode(c)).map(Region::name).orElse(c)),
                s.layers(), s.retired(), s.area(), s.area() <= 0 ? 0 : s.whole() / s.area(),
                s.area() <= 0 ? 0 : s.fused() / s.area())).toList();
    }

    /** The unified grids a departmental grid visible in {@code scope} now sends its work to; only once its layer is retired. */
    List<RegionCode> unifiedGridsOf(long departmentalGridId, Scope scope) {
        var mapping = layers.mappingOf(departmentalGridId, scope)
                .orElseThrow(() -> new InvalidInput("departmentalGridId", "gridfusion.inspection.unknownGrid", departmentalGridId));
        if (mapping.getKey() != LayerStatus.RETIRED) {
            throw new InvalidInput("departmentalGridId", "gridfusion.inspection.layerNotMerged");
        }
        return mapping.getValue().stream().map(RegionCode::new).toList();
    }

    private Map<String, Geometry> unified(RegionCode county) {
        Map<String, Geometry> out = new LinkedHashMap<>();
        grids.geometriesIn(county).forEach((code, g) -> out.put(code.value(), g));
        return out;
    }

    private static void requireActive(DepartmentLayer layer) {
        if (layer.status() != LayerStatus.ACTIVE) {
            throw new InvalidInput("layer", "gridfusion.layer.notActive", layer.status().name());
        }
    }

    private RegionCode county(Scope scope, @Nullable String code) {
        String c = code == null ? "" : code.strip();
        if (c.length() == 6) {
            c = c + "000000";
        }
        if (!RegionCode.isWellFormed(c) || new RegionCode(c).level() != RegionLevel.COUNTY || regions.find(new RegionCode(c)).isEmpty()
                || !scope.covers(new RegionCode(c))) {
            throw new InvalidInput("county", "gridfusion.layer.county.invalid", c.length() > 20 ? c.substring(0, 20) : c);
        }
        return new RegionCode(c);
    }

    private static String text(@Nullable String value, String field, String key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > MAX_TEXT) {
            throw new InvalidInput(field, key, MAX_TEXT);
        }
        return v;
    }
}
