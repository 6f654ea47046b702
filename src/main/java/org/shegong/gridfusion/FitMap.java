package org.shegong.gridfusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * The fit report's map as SVG shapes drawn by the server (no tile server is reachable from government networks, and
 * the page works without scripts): the unified grids, the departmental grids on top, the county's parts no department
 * grid covers and the parts covered twice, and departmental grids that cross a village boundary.
 *
 * @param width  the SVG viewBox width
 * @param height the SVG viewBox height
 */
public record FitMap(int width, int height, List<Shape> shapes) {

    /** Kinds of shape, which are also their CSS classes. */
    public static final String UNIFIED = "fit-unified", DEPARTMENTAL = "fit-departmental", CROSSING = "fit-crossing",
            UNCOVERED = "fit-uncovered", TWICE = "fit-twice";

    /**
     * @param path  SVG path data (numbers only)
     * @param label the tooltip (data: escaped by the template)
     */
    public record Shape(String path, String kind, String label) {
    }

    static FitMap of(Map<String, Geometry> unified, List<FitAnalysis.Departmental> departmental, FitReport report,
            Set<String> crossingKeys) {
        Envelope all = new Envelope();
        unified.values().forEach(g -> all.expandToInclude(g.getEnvelopeInternal()));
        departmental.forEach(d -> all.expandToInclude(d.geometry().getEnvelopeInternal()));
        if (all.isNull() || all.getWidth() <= 0 || all.getHeight() <= 0) {
            return new FitMap(1000, 600, List.of());
        }
        double squeeze = Math.cos(Math.toRadians(all.centre().y));
        int width = 1000;
        double scale = width / (all.getWidth() * squeeze);
        int height = (int) Math.max(200, Math.min(2000, Math.ceil(all.getHeight() * scale)));
        scale = Math.min(scale, height / all.getHeight());
        Projection p = new Projection(all.getMinX(), all.getMaxY(), scale * squeeze, scale);
        List<Shape> shapes = new ArrayList<>();
        unified.forEach((code, g) -> shapes.add(new Shape(p.path(g), UNIFIED, code)));
        for (FitAnalysis.Departmental d : departmental) {
            boolean crossing = crossingKeys.contains(d.key());
            shapes.add(new Shape(p.path(d.geometry()), crossing ? CROSSING : DEPARTMENTAL, d.key() + " " + d.name()));
        }
        if (!report.uncovered().isEmpty()) {
            shapes.add(new Shape(p.path(report.uncovered()), UNCOVERED, ""));
        }
        if (!report.coveredTwice().isEmpty()) {
            shapes.add(new Shape(p.path(report.coveredTwice()), TWICE, ""));
        }
        return new FitMap(width, height, List.copyOf(shapes));
    }

    private record Projection(double minX, double maxY, double sx, double sy) {

        String path(Geometry geometry) {
            StringBuilder out = new StringBuilder();
            @SuppressWarnings("unchecked")
            List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
            for (Polygon polygon : polygons) {
                ring(out, polygon.getExteriorRing().getCoordinates());
                for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                    ring(out, polygon.getInteriorRingN(i).getCoordinates());
                }
            }
            return out.toString();
        }

        private void ring(StringBuilder out, Coordinate[] cs) {
            for (int i = 0; i < cs.length - 1; i++) {
                out.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", (cs[i].x - minX) * sx,
                        (maxY - cs[i].y) * sy));
            }
            out.append('Z');
        }
    }
}
