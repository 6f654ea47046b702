package org.shegong.gridfusion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shegong.region.GridUploadRejected.Problem;

/** Reading departmental layers: every problem found, the projected coordinate system named. */
class LayerGeoJsonUnitTests {

    static String layer(String crs, String... rings) {
        StringBuilder features = new StringBuilder();
        for (int i = 0; i < rings.length; i++) {
            if (i > 0) {
                features.append(',');
            }
            features.append("""
                    {"type":"Feature","properties":{"code":"C-%d","name":"网格%d"},"geometry":{"type":"Polygon","coordinates":[%s]}}"""
                    .formatted(i + 1, i + 1, rings[i]));
        }
        return "{\"type\":\"FeatureCollection\"" + crs + ",\"features\":[" + features + "]}";
    }

    static String square(double x, double y, double side) {
        return "[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]".formatted(x, y, x + side, y, x + side, y + side, x, y + side, x, y);
    }

    @Test
    void readsAValidLayer() {
        LayerGeoJson.Parsed parsed = LayerGeoJson.parse(layer("", square(103.30, 29.90, 0.01), square(103.31, 29.90, 0.01)));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.features()).extracting(LayerGeoJson.Feature::key).containsExactly("C-1", "C-2");
    }

    @Test
    void namesGaussKrugerZoneFromTheNumbers() {
        // CGCS2000 3-degree Gauss-Kruger zone 35 (central meridian 105°E) with the zone number in front of the easting
        LayerGeoJson.Parsed parsed = LayerGeoJson.parse(layer("", square(35_480_000, 3_310_000, 500)));
        assertThat(parsed.features()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("gridfusion.layer.projected");
            assertThat(p.feature()).isNull();
            assertThat((String) p.args()[0]).contains("3-degree Gauss-Kruger zone 35").contains("EPSG:4523").contains("105°E");
        });
    }

    @Test
    void namesWebMercatorAndSixDegreeZones() {
        assertThat(CoordinateSystems.projectedName(11_500_000, 3_490_000)).contains("Web Mercator").contains("EPSG:3857");
        assertThat(CoordinateSystems.projectedName(18_480_000, 3_310_000)).contains("6-degree Gauss-Kruger zone 18")
                .contains("EPSG:4496");
        assertThat(CoordinateSystems.projectedName(480_000, 3_310_000)).contains("without zone number");
        assertThat(CoordinateSystems.projectedName(103.3, 29.9)).isNull();
    }

    @Test
    void namesTheSystemTheFileDeclares() {
        String crs = ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4547\"}}";
        LayerGeoJson.Parsed parsed = LayerGeoJson.parse(layer(crs, square(103.30, 29.90, 0.01)));
        assertThat(parsed.problems()).extracting(Problem::messageKey).containsExactly("gridfusion.layer.projected");
        assertThat((String) parsed.problems().get(0).args()[0]).contains("CM 114°E").contains("EPSG:4547");
        String cgcs2000 = ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4490\"}}";
        assertThat(LayerGeoJson.parse(layer(cgcs2000, square(103.30, 29.90, 0.01))).problems()).isEmpty();
        String crs84 = ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}}";
        assertThat(LayerGeoJson.parse(layer(crs84, square(103.30, 29.90, 0.01))).problems()).isEmpty();
    }

    @Test
    void refusesSelfIntersectionOutsideSichuanAndSwappedAxesEveryOneNamed() {
        String bowTie = "[[103.30,29.90],[103.31,29.91],[103.31,29.90],[103.30,29.91],[103.30,29.90]]";
        String beijing = square(116.39, 39.90, 0.01);
        String swapped = "[[29.90,103.30],[29.91,103.30],[29.91,103.31],[29.90,103.31],[29.90,103.30]]";
        LayerGeoJson.Parsed parsed = LayerGeoJson.parse(layer("", square(103.30, 29.90, 0.01), bowTie, beijing, swapped));
        assertThat(parsed.problems()).extracting(Problem::feature, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "gridfusion.layer.selfIntersection"),
                org.assertj.core.groups.Tuple.tuple(2, "gridfusion.layer.outsideSichuan"),
                org.assertj.core.groups.Tuple.tuple(3, "gridfusion.layer.swapped"));
    }

    @Test
    void refusesDuplicateKeysMissingNamesAndBrokenFiles() {
        String dup = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"A\",\"name\":\"甲\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + square(103.3, 29.9, 0.01) + "]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"A\",\"name\":\"乙\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + square(103.31, 29.9, 0.01) + "]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"B\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[103.3,29.9]}}]}";
        assertThat(LayerGeoJson.parse(dup).problems()).extracting(Problem::messageKey).containsExactly(
                "gridfusion.layer.key.duplicate", "gridfusion.layer.name.required", "gridfusion.layer.notPolygon");
        assertThat(LayerGeoJson.parse("{not json").problems()).extracting(Problem::messageKey).containsExactly("gridfusion.layer.malformed");
        assertThat(LayerGeoJson.parse("{\"type\":\"FeatureCollection\",\"features\":[]}").problems())
                .extracting(Problem::messageKey).containsExactly("gridfusion.layer.empty");
    }

    @Test
    void geometryRoundTripsThroughStoredText() {
        var g = LayerGeoJson.parse(layer("", square(103.30, 29.90, 0.01))).features().get(0).geometry();
        assertThat(LayerGeoJson.read(LayerGeoJson.write(g)).equalsExact(g, 1e-7)).isTrue();
    }
}
