package org.shegong.region;

import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point → grid over an immutable snapshot of the grid layer: an STR-tree of polygon envelopes, each
 * with an indexed point-in-area locator (what JTS prepared polygons use inside, minus the per-call
 * Point allocation). A
 * point on the border of two grids belongs to the one with the lower code, so every point in the
 * layer resolves to exactly one grid (DOMAIN §1).
 */
final class GridLocator {

    private record Entry(String code, Geometry geometry, IndexedPointInAreaLocator locator) {
    }

    static final GridLocator EMPTY = new GridLocator(Map.of());

    private final STRtree tree;
    private final int size;

    GridLocator(Map<String, Geometry> geometries) {
        tree = new STRtree();
        for (var e : geometries.entrySet()) {
            tree.insert(e.getValue().getEnvelopeInternal(), new Entry(e.getKey(), e.getValue(), new IndexedPointInAreaLocator(e.getValue())));
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
        Coordinate point = new Coordinate(lng, lat);
        String[] found = {null};
        tree.query(new Envelope(point), item -> {
            Entry entry = (Entry) item;
            if ((found[0] == null || entry.code.compareTo(found[0]) < 0) && entry.locator.locate(point) != Location.EXTERIOR) {
                found[0] = entry.code;
            }
        });
        return Optional.ofNullable(found[0]);
    }
}
