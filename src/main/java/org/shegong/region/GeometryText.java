package org.shegong.region;

import java.math.BigDecimal;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a polygon or multipolygon as GeoJSON geometry text with coordinates rounded to 7 decimals (~1 cm): the one
 * way grid polygons are stored, for the unified grid layer and for departments' layers alike.
 */
public final class GeometryText {

    private GeometryText() {
    }

    public static String write(Geometry geometry) {
        StringBuilder out = new StringBuilder(256);
        if (geometry instanceof Polygon polygon) {
            out.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(out, polygon);
        } else if (geometry instanceof MultiPolygon multi) {
            out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                polygon(out, (Polygon) multi.getGeometryN(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("Not a polygon: " + geometry.getGeometryType());
        }
        return out.append('}').toString();
    }

    private static void polygon(StringBuilder out, Polygon polygon) {
        out.append('[');
        ring(out, polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            out.append(',');
            ring(out, polygon.getInteriorRingN(i));
        }
        out.append(']');
    }

    private static void ring(StringBuilder out, LinearRing ring) {
        out.append('[');
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('[').append(round(cs[i].x)).append(',').append(round(cs[i].y)).append(']');
        }
        out.append(']');
    }

    private static String round(double v) {
        return BigDecimal.valueOf(Math.round(v * 1e7) / 1e7).stripTrailingZeros().toPlainString();
    }
}
