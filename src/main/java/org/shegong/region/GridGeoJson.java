package org.shegong.region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads grid uploads — a GeoJSON Feature or FeatureCollection of Polygon/MultiPolygon features with
 * properties {@code code, name, householdCount, workers[{name, phone, account}], supervisionPhone,
 * areaNote} — into validated JTS geometries, collecting every problem instead of stopping at the first.
 */
final class GridGeoJson {

    /** Sichuan lies within lng 97.3–108.6, lat 26.0–34.4; a coordinate outside this box is a mistake (or lat/lng swapped). */
    static final double MIN_LNG = 97, MAX_LNG = 109, MIN_LAT = 26, MAX_LAT = 35;

    static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("\\d{15}");
    private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 \\-]{4,19}");

    record Parsed(List<GridFeature> features, List<GridUploadRejected.Problem> problems) {
    }

    private GridGeoJson() {
    }

    static Parsed parse(String text) {
        List<GridUploadRejected.Problem> problems = new ArrayList<>();
        List<GridFeature> features = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            problems.add(new GridUploadRejected.Problem(null, "geojson", "region.geojson.malformed"));
            return new Parsed(features, problems);
        }
        List<JsonNode> nodes = new ArrayList<>();
        String type = root == null ? "" : root.path("type").asString("");
        if (type.equals("FeatureCollection") && root.path("features").isArray()) {
            root.path("features").forEach(nodes::add);
        } else if (type.equals("Feature")) {
            nodes.add(root);
        } else {
            problems.add(new GridUploadRejected.Problem(null, "geojson", "region.geojson.notFeatures"));
            return new Parsed(features, problems);
        }
        if (nodes.isEmpty()) {
            problems.add(new GridUploadRejected.Problem(null, "geojson", "region.geojson.empty"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            GridFeature feature = feature(i, nodes.get(i), problems);
            if (feature != null) {
                if (seen.add(feature.code().value())) {
                    features.add(feature);
                } else {
                    problems.add(new GridUploadRejected.Problem(i, "code", "region.grid.code.duplicate", feature.code().value()));
                }
            }
        }
        return new Parsed(features, problems);
    }

    private static @Nullable GridFeature feature(int index, JsonNode node, List<GridUploadRejected.Problem> problems) {
        int before = problems.size();
        JsonNode props = node.path("properties");
        String code = props.path("code").asString("").strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(new GridUploadRejected.Problem(index, "code", "region.grid.code.malformed", code));
        }
        String name = props.path("name").asString("").strip();
        if (name.isEmpty() || name.length() > 100) {
            problems.add(new GridUploadRejected.Problem(index, "name", "region.grid.name.required"));
        }
        JsonNode households = props.path("householdCount");
        int householdCount = 0;
        if (!households.isMissingNode() && !households.isNull()) {
            if (!households.isIntegralNumber() || households.asInt() < 0) {
                problems.add(new GridUploadRejected.Problem(index, "householdCount", "region.grid.households.invalid"));
            } else {
                householdCount = households.asInt();
            }
        }
        String supervision = text(props, "supervisionPhone");
        if (supervision != null && !PHONE.matcher(supervision).matches()) {
            problems.add(new GridUploadRejected.Problem(index, "supervisionPhone", "region.grid.phone.invalid", supervision));
        }
        List<GridWorker> workers = new ArrayList<>();
        for (JsonNode w : props.path("workers")) {
            String workerName = w.path("name").asString("").strip();
            String phone = text(w, "phone");
            if (workerName.isEmpty()) {
                problems.add(new GridUploadRejected.Problem(index, "workers", "region.grid.worker.nameRequired"));
            }
            if (phone != null && !PHONE.matcher(phone).matches()) {
                problems.add(new GridUploadRejected.Problem(index, "workers", "region.grid.phone.invalid", phone));
            }
            workers.add(new GridWorker(workerName, phone, text(w, "account")));
        }
        Geometry geometry = geometry(index, node.path("geometry"), problems);
        if (problems.size() > before || geometry == null) {
            return null;
        }
        return new GridFeature(new RegionCode(code), name, householdCount, List.copyOf(workers), supervision,
                text(props, "areaNote"), props.path("demo").asBoolean(false), geometry);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String s = value.asString("").strip();
        return s.isEmpty() ? null : s;
    }

    /** Reads a Polygon or MultiPolygon, or records why it is not a valid one (and answers null). */
    static @Nullable Geometry geometry(@Nullable Integer index, JsonNode node, List<GridUploadRejected.Problem> problems) {
        String type = node.path("type").asString("");
        JsonNode coordinates = node.path("coordinates");
        if (!coordinates.isArray() || !(type.equals("Polygon") || type.equals("MultiPolygon"))) {
            problems.add(new GridUploadRejected.Problem(index, "geometry", "region.geojson.notPolygon", type));
            return null;
        }
        int before = problems.size();
        Geometry geometry;
        if (type.equals("Polygon")) {
            geometry = polygon(index, coordinates, problems);
        } else {
            List<Polygon> polygons = new ArrayList<>();
            for (JsonNode p : coordinates) {
                Polygon polygon = polygon(index, p, problems);
                if (polygon != null) {
                    polygons.add(polygon);
                }
            }
            geometry = polygons.isEmpty() && problems.size() == before
                    ? invalid(index, problems, "region.geojson.notPolygon", type)
                    : GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        }
        if (geometry == null || problems.size() > before) {
            return null;
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            problems.add(new GridUploadRejected.Problem(index, "geometry", "region.geojson.invalidPolygon",
                    error.getMessage(), at == null ? "" : String.format("%.6f, %.6f", at.x, at.y)));
            return null;
        }
        return geometry;
    }

    private static @Nullable Polygon polygon(@Nullable Integer index, JsonNode rings, List<GridUploadRejected.Problem> problems) {
        if (!rings.isArray() || rings.isEmpty()) {
            return invalid(index, problems, "region.geojson.notPolygon", "Polygon");
        }
        List<LinearRing> linearRings = new ArrayList<>();
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                return invalid(index, problems, "region.geojson.ringTooShort");
            }
            Coordinate[] coordinates = new Coordinate[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                JsonNode position = ring.get(i);
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                    return invalid(index, problems, "region.geojson.badPosition");
                }
                double lng = position.get(0).doubleValue();
                double lat = position.get(1).doubleValue();
                if (!(lng >= MIN_LNG && lng <= MAX_LNG && lat >= MIN_LAT && lat <= MAX_LAT)) {
                    return invalid(index, problems, "region.geojson.outOfBounds", lng, lat);
                }
                coordinates[i] = new Coordinate(lng, lat);
            }
            if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
                return invalid(index, problems, "region.geojson.ringNotClosed");
            }
            linearRings.add(GEOMETRY.createLinearRing(coordinates));
        }
        return GEOMETRY.createPolygon(linearRings.get(0), linearRings.subList(1, linearRings.size()).toArray(LinearRing[]::new));
    }

    private static <T> @Nullable T invalid(@Nullable Integer index, List<GridUploadRejected.Problem> problems, String key, Object... args) {
        problems.add(new GridUploadRejected.Problem(index, "geometry", key, args));
        return null;
    }

    /** Reads stored geometry text (already validated when it was stored). */
    static Geometry read(String geometryJson) {
        List<GridUploadRejected.Problem> problems = new ArrayList<>();
        Geometry geometry = geometry(null, JSON.readTree(geometryJson), problems);
        if (geometry == null) {
            throw new IllegalStateException("Stored grid geometry is invalid: " + problems);
        }
        return geometry;
    }

    /** GeoJSON geometry text, coordinates rounded to 7 decimals (~1 cm). */
    static String write(Geometry geometry) {
        return GeometryText.write(geometry);
    }

    /** Approximate area in square metres (local equirectangular projection; grids are small). */
    static double areaSquareMetres(Geometry geometry) {
        double lat = Math.toRadians(geometry.getCentroid().getY());
        return geometry.getArea() * 111_320 * Math.cos(lat) * 110_574;
    }
}
