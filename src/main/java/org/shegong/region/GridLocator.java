package org.shegong.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point → grid over an immutable snapshot of the grid layer: an STR-tree of prepared polygons. A
 * point on the border of two grids belongs to the one with the lower code, so every point in the
 * layer resolves to exactly one grid (DOMAIN §1).
 */
final class GridLocator {

    private record Entry(String code, PreparedGeometry geometry) {
    }

    static final GridLocator EMPTY = new GridLocator(Map.of());

    private final STRtree tree;
    private final int size;

    GridLocator(Map<String, Geometry> geometries) {
        tree = new STRtree();
        for (var e : geometries.entrySet()) {
            tree.insert(e.getValue().getEnvelopeInternal(), new Entry(e.getKey(), PreparedGeometryFactory.prepare(e.getValue())));
        }
        tree.build();
        size = geometries.size();
    }

    int size() {
        return size;
    }

    Optional<String> locate(double lat, double lng) {
        if (size == 0) {
            return Optional.empty();
        }
        Point point = GridGeoJson.GEOMETRY.createPoint(new Coordinate(lng, lat));
        String[] found = {null};
        tree.query(new Envelope(lng, lng, lat, lat), item -> {
            Entry entry = (Entry) item;
            if ((found[0] == null || entry.code.compareTo(found[0]) < 0) && entry.geometry.covers(point)) {
                found[0] = entry.code;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** Codes of all grids whose polygon intersects {@code geometry} (for overlap warnings). */
    List<String> intersecting(Geometry geometry) {
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(geometry.getEnvelopeInternal());
        return candidates.stream().filter(e -> e.geometry.intersects(geometry)).map(Entry::code).sorted().toList();
    }
}
