package org.shegong.region;

import java.util.Locale;

/** GeoJSON snippets for grid tests (coordinates around 玉林街道, 成都). */
final class GridFixtures {

    private GridFixtures() {
    }

    static String square(double lng, double lat, double size) {
        return String.format(Locale.ROOT, "[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]",
                lng, lat, lng + size, lat, lng + size, lat + size, lng, lat + size, lng, lat);
    }

    static String feature(String code, String name, String geometryType, String coordinates) {
        return """
                {"type":"Feature","properties":{"code":"%s","name":"%s","householdCount":320,
                 "supervisionPhone":"028-00001234","workers":[{"name":"王建华","phone":"17000001234"}]},
                 "geometry":{"type":"%s","coordinates":%s}}""".formatted(code, name, geometryType, coordinates);
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }
}
