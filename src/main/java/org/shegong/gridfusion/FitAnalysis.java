package org.shegong.gridfusion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The fit of a departmental layer on the unified grids of its county, computed with JTS (an STR-tree index over each
 * layer, so a county of thousands of grids takes seconds, not hours).
 *
 * <p>Definitions (also on the report page):
 * <ul>
 * <li>A departmental grid <em>covers a unified grid whole</em> when their overlap is at least {@link #WHOLE} (95 %)
 * of the unified grid's area — the 5 % absorbs the drawing differences of two surveys of the same boundary.</li>
 * <li>The <em>fit figure</em> of a layer is the share of its area lying in unified grids it covers whole: a layer
 * drawn as unions of unified grids scores 100 %, one that cuts every unified grid scores 0 %.</li>
 * <li>A departmental grid <em>crosses a village boundary</em> when two or more villages each hold at least
 * {@link #SLIVER} (1 %) of its area; a village's extent is the union of its unified grids.</li>
 * <li>The <em>suggested mapping</em> of a departmental grid: the unified grids of which it holds the largest part,
 * when that part is at least half of the unified grid; a departmental grid that holds no such part is given the
 * unified grid covering most of it.</li>
 * </ul>
 * Areas are planar on a local equirectangular projection at the county's mean latitude (grids are small).
 */
final class FitAnalysis {

    static final double WHOLE = 0.95;
    static final double SLIVER = 0.01;
    static final double SUGGEST = 0.5;

    /** A departmental grid to analyse. */
    record Departmental(long id, String key, String name, Geometry geometry) {
    }

    private FitAnalysis() {
    }

    /** Square metres per square degree at the given latitude. */
    static double squareMetresPerSquareDegree(double latitude) {
        return 111_320 * Math.cos(Math.toRadians(latitude)) * 110_574;
    }

    static FitReport analyse(Map<String, Geometry> unified, List<Departmental> departmental) {
        Envelope all = new Envelope();
        unified.values().forEach(g -> all.expandToInclude(g.getEnvelopeInternal()));
        departmental.forEach(d -> all.expandToInclude(d.geometry().getEnvelopeInternal()));
        double k = all.isNull() ? 0 : squareMetresPerSquareDegree((all.getMinY() + all.getMaxY()) / 2);

        STRtree unifiedIndex = new STRtree();
        Map<String, Double> unifiedArea = new HashMap<>();
        unified.forEach((code, g) -> {
            unifiedIndex.insert(g.getEnvelopeInternal(), code);
            unifiedArea.put(code, g.getArea());
        });

        // overlaps in square degrees, per departmental grid, and the best holder of each unified grid
        List<Map<String, Double>> overlaps = new ArrayList<>(departmental.size());
        Map<String, Integer> bestHolder = new HashMap<>();
        Map<String, Double> bestOverlap = new HashMap<>();
        for (int i = 0; i < departmental.size(); i++) {
            Geometry d = departmental.get(i).geometry();
            Map<String, Double> mine = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            List<String> candidates = unifiedIndex.query(d.getEnvelopeInternal());
            candidates.sort(Comparator.naturalOrder());
            for (String code : candidates) {
                Geometry u = unified.get(code);
                if (!u.intersects(d)) {
                    continue;
                }
                double area = OverlayNGRobust.overlay(d, u, OverlayNG.INTERSECTION).getArea();
                if (area <= 0) {
                    continue;
                }
                mine.put(code, area);
                if (area > bestOverlap.getOrDefault(code, 0.0)) {
                    bestOverlap.put(code, area);
                    bestHolder.put(code, i);
                }
            }
            overlaps.add(mine);
        }

        List<FitReport.GridFit> fits = new ArrayList<>(departmental.size());
        double departmentArea = 0, wholeArea = 0;
        for (int i = 0; i < departmental.size(); i++) {
            Departmental d = departmental.get(i);
            double area = d.geometry().getArea();
            List<FitReport.Overlap> lines = new ArrayList<>();
            double whole = 0;
            Map<String, Double> byVillage = new LinkedHashMap<>();
            List<String> suggested = new ArrayList<>();
            String largest = null;
            for (Map.Entry<String, Double> e : overlaps.get(i).entrySet()) {
                String code = e.getKey();
                double overlap = e.getValue();
                double ofUnified = overlap / unifiedArea.get(code);
                FitReport.Overlap line = new FitReport.Overlap(code, overlap * k, area <= 0 ? 0 : overlap / area, ofUnified);
                lines.add(line);
                if (line.whole()) {
                    whole += overlap;
                }
                byVillage.merge(code.substring(0, 12), overlap, Double::sum);
                if (ofUnified >= SUGGEST && Integer.valueOf(i).equals(bestHolder.get(code))) {
                    suggested.add(code);
                }
                if (largest == null || overlap > overlaps.get(i).get(largest)) {
                    largest = code;
                }
            }
            if (suggested.isEmpty() && largest != null) {
                suggested.add(largest);
            }
            lines.sort(Comparator.comparingDouble(FitReport.Overlap::area).reversed());
            List<String> villages = byVillage.entrySet().stream().filter(e -> e.getValue() >= SLIVER * area)
                    .map(Map.Entry::getKey).sorted().toList();
            fits.add(new FitReport.GridFit(d.id(), d.key(), d.name(), area * k, whole * k, List.copyOf(lines), villages,
                    List.copyOf(suggested)));
            departmentArea += area;
            wholeArea += whole;
        }

        Geometry extent = union(unified.values());
        Geometry covered = union(departmental.stream().map(Departmental::geometry).toList());
        Geometry uncovered = OverlayNGRobust.overlay(extent, covered, OverlayNG.DIFFERENCE);
        Geometry outside = OverlayNGRobust.overlay(covered, extent, OverlayNG.DIFFERENCE);
        Geometry twice = coveredTwice(departmental);
        return new FitReport(List.copyOf(fits), departmentArea * k, wholeArea * k, extent.getArea() * k,
                uncovered.getArea() * k, twice.getArea() * k, outside.getArea() * k, uncovered, twice);
    }

    private static Geometry union(Collection<Geometry> geometries) {
        if (geometries.isEmpty()) {
            return LayerGeoJson.GEOMETRY.createPolygon();
        }
        Geometry union = OverlayNGRobust.union(geometries);
        return union == null ? LayerGeoJson.GEOMETRY.createPolygon() : union;
    }

    /** The union of every pairwise overlap of departmental grids. */
    private static Geometry coveredTwice(List<Departmental> departmental) {
        STRtree index = new STRtree();
        for (int i = 0; i < departmental.size(); i++) {
            index.insert(departmental.get(i).geometry().getEnvelopeInternal(), i);
        }
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < departmental.size(); i++) {
            Geometry a = departmental.get(i).geometry();
            @SuppressWarnings("unchecked")
            List<Integer> candidates = index.query(a.getEnvelopeInternal());
            for (int j : candidates) {
                if (j <= i) {
                    continue;
                }
                Geometry b = departmental.get(j).geometry();
                if (!a.intersects(b)) {
                    continue;
                }
                Geometry overlap = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
                if (overlap.getArea() > 0) {
                    @SuppressWarnings("unchecked")
                    List<Polygon> polygons = PolygonExtracter.getPolygons(overlap);
                    parts.addAll(polygons);
                }
            }
        }
        return union(parts);
    }
}
