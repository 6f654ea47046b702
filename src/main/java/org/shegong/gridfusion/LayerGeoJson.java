package org.shegong.gridfusion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.shegong.region.GridUploadRejected.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a department's grid layer — a GeoJSON FeatureCollection of Polygon/MultiPolygon features with properties
 * {@code code} (the department's own grid number; {@code id} is taken too) and {@code name} — into validated JTS
 * geometries, collecting every problem instead of stopping at the first: self-intersecting rings, positions outside
 * Sichuan, projected coordinates (the system named), too many features or positions.
 */
final class LayerGeoJson {

    /** Sichuan lies within lng 97.3–108.6, lat 26.0–34.4 (the unified grid layer uses the same box). */
    static final double MIN_LNG = 97, MAX_LNG = 109, MIN_LAT = 26, MAX_LAT = 35;
    static final int MAX_FEATURES = 5_000;
    static final int MAX_POSITIONS_PER_FEATURE = 20_000;
    static final int MAX_KEY = 50, MAX_NAME = 100;

    static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    record Feature(String key, String name, Geometry geometry) {
    }

    record Parsed(List<Feature> features, List<Problem> problems) {
    }

    private LayerGeoJson() {
    }

    static Parsed parse(String text) {
        List<Problem> problems = new ArrayList<>();
        List<Feature> features = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            problems.add(new Problem(null, "geojson", "gridfusion.layer.malformed"));
            return new Parsed(features, problems);
        }
        String type = root == null ? "" : root.path("type").asString("");
        List<JsonNode> nodes = new ArrayList<>();
        if (type.equals("FeatureCollection") && root.path("features").isArray()) {
            root.path("features").forEach(nodes::add);
        } else if (type.equals("Feature")) {
            nodes.add(root);
        } else {
            problems.add(new Problem(null, "geojson", "gridfusion.layer.notFeatures"));
            return new Parsed(features, problems);
        }
        String crs = root.path("crs").path("properties").path("name").asString("");
        if (!crs.isBlank()) {
            Optional<String> refused = CoordinateSystems.refusedName(crs.strip());
            if (refused.isPresent()) {
                problems.add(new Problem(null, "crs", "gridfusion.layer.projected", refused.get()));
                return new Parsed(features, problems);
            }
        }
        if (nodes.isEmpty()) {
            problems.add(new Problem(null, "geojson", "gridfusion.layer.empty"));
            return new Parsed(features, problems);
        }
        if (nodes.size() > MAX_FEATURES) {
            problems.add(new Problem(null, "geojson", "gridfusion.layer.tooMany", nodes.size(), MAX_FEATURES));
            return new Parsed(features, problems);
        }
        Set<String> seen = new HashSet<>();
        boolean projectedReported = false;
        for (int i = 0; i < nodes.size(); i++) {
            int before = problems.size();
            Feature f = feature(i, nodes.get(i), problems);
            // a layer in metres fails on every feature for the same reason: say it once, for the whole file
            if (problems.size() > before && problems.get(before).messageKey().equals("gridfusion.layer.projected")) {
                Problem first = problems.get(before);
                problems.subList(before, problems.size()).clear();
                if (!projectedReported) {
                    problems.add(new Problem(null, "crs", first.messageKey(), first.args()));
                    projectedReported = true;
                }
                continue;
            }
            if (f != null && !seen.add(f.key())) {
                problems.add(new Problem(i, "code", "gridfusion.layer.key.duplicate", f.key()));
            } else if (f != null) {
                features.add(f);
            }
        }
        return new Parsed(features, problems);
    }

    private static @Nullable Feature feature(int index, JsonNode node, List<Problem> problems) {
        int before = problems.size();
        JsonNode props = node.path("properties");
        String key = text(props, "code");
        if (key == null) {
            key = text(props, "id");
        }
        if (key == null || key.length() > MAX_KEY) {
            problems.add(new Problem(index, "code", "gridfusion.layer.key.required", MAX_KEY));
        }
        String name = text(props, "name");
        if (name == null || name.length() > MAX_NAME) {
            problems.add(new Problem(index, "name", "gridfusion.layer.name.required", MAX_NAME));
        }
        Geometry geometry = geometry(index, node.path("geometry"), problems);
        if (problems.size() > before || geometry == null || key == null || name == null) {
            return null;
        }
        return new Feature(key, name, geometry);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isContainer()) {
            return null;
        }
        String s = value.asString("").strip();
        return s.isEmpty() ? null : s;
    }

    static @Nullable Geometry geometry(@Nullable Integer index, JsonNode node, List<Problem> problems) {
        String type = node.path("type").asString("");
        JsonNode coordinates = node.path("coordinates");
        if (!coordinates.isArray() || !(type.equals("Polygon") || type.equals("MultiPolygon"))) {
            problems.add(new Problem(index, "geometry", "gridfusion.layer.notPolygon", type));
            return null;
        }
        int before = problems.size();
        int[] positions = { 0 };
        Geometry geometry;
        if (type.equals("Polygon")) {
            geometry = polygon(index, coordinates, problems, positions);
        } else {
            List<Polygon> polygons = new ArrayList<>();
            for (JsonNode p : coordinates) {
                Polygon polygon = polygon(index, p, problems, positions);
                if (polygon == null) {
                    break;
                }
                polygons.add(polygon);
            }
            geometry = polygons.isEmpty() && problems.size() == before
                    ? invalid(index, problems, "gridfusion.layer.notPolygon", type)
                    : GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        }
        if (geometry == null || problems.size() > before) {
            return null;
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            String where = at == null ? "" : String.format(java.util.Locale.ROOT, "%.6f, %.6f", at.x, at.y);
            boolean selfIntersection = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                    || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION;
            problems.add(selfIntersection
                    ? new Problem(index, "geometry", "gridfusion.layer.selfIntersection", where)
                    : new Problem(index, "geometry", "gridfusion.layer.invalidPolygon", error.getMessage(), where));
            return null;
        }
        return geometry;
    }

    private static @Nullable Polygon polygon(@Nullable Integer index, JsonNode rings, List<Problem> problems, int[] positions) {
        if (!rings.isArray() || rings.isEmpty()) {
            return invalid(index, problems, "gridfusion.layer.notPolygon", "Polygon");
        }
        List<LinearRing> linearRings = new ArrayList<>();
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                return invalid(index, problems, "gridfusion.layer.ringTooShort");
            }
            positions[0] += ring.size();
            if (positions[0] > MAX_POSITIONS_PER_FEATURE) {
                return invalid(index, problems, "gridfusion.layer.tooManyPositions", MAX_POSITIONS_PER_FEATURE);
            }
            Coordinate[] coordinates = new Coordinate[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                JsonNode position = ring.get(i);
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                    return invalid(index, problems, "gridfusion.layer.badPosition");
                }
                double x = position.get(0).doubleValue();
                double y = position.get(1).doubleValue();
                if (y >= MIN_LNG && y <= MAX_LNG && x >= MIN_LAT && x <= MAX_LAT) {
                    return invalid(index, problems, "gridfusion.layer.swapped", x, y);
                }
                String projected = CoordinateSystems.projectedName(x, y);
                if (projected != null) {
                    return invalid(index, problems, "gridfusion.layer.projected", projected);
                }
                if (!(x >= MIN_LNG && x <= MAX_LNG && y >= MIN_LAT && y <= MAX_LAT)) {
                    return invalid(index, problems, "gridfusion.layer.outsideSichuan", x, y);
                }
                coordinates[i] = new Coordinate(x, y);
            }
            if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
                return invalid(index, problems, "gridfusion.layer.ringNotClosed");
            }
            linearRings.add(GEOMETRY.createLinearRing(coordinates));
        }
        return GEOMETRY.createPolygon(linearRings.get(0), linearRings.subList(1, linearRings.size()).toArray(LinearRing[]::new));
    }

    private static <T> @Nullable T invalid(@Nullable Integer index, List<Problem> problems, String key, Object... args) {
        problems.add(new Problem(index, "geometry", key, args));
        return null;
    }

    /** Reads stored geometry text (validated when it was stored). */
    static Geometry read(String geometryJson) {
        List<Problem> problems = new ArrayList<>();
        Geometry geometry = geometry(null, JSON.readTree(geometryJson), problems);
        if (geometry == null) {
            throw new IllegalStateException("Stored departmental grid geometry is invalid: " + problems);
        }
        return geometry;
    }

    /** GeoJSON geometry text, coordinates rounded to 7 decimals (~1 cm). */
    static String write(Geometry geometry) {
        return org.shegong.region.GeometryText.write(geometry);
    }
}
