package org.shegong.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.region.GridFixtures.collection;
import static org.shegong.region.GridFixtures.feature;
import static org.shegong.region.GridFixtures.square;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;

class GridGeoJsonUnitTests {

    private static final String CODE = "510107005001001";

    private static String onlyProblem(String json) {
        GridGeoJson.Parsed parsed = GridGeoJson.parse(json);
        assertThat(parsed.features()).isEmpty();
        assertThat(parsed.problems()).hasSize(1);
        return parsed.problems().get(0).messageKey();
    }

    @Test
    void readsAValidFeatureCollectionWithWorkers() {
        GridGeoJson.Parsed parsed = GridGeoJson.parse(collection(
                feature(CODE, "玉林北路第1网格", "Polygon", square(104.05, 30.62, 0.01)),
                feature("510107005001002", "玉林北路第2网格", "MultiPolygon", "[" + square(104.06, 30.62, 0.01) + "]")));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.features()).hasSize(2);
        GridFeature first = parsed.features().get(0);
        assertThat(first.code().value()).isEqualTo(CODE);
        assertThat(first.householdCount()).isEqualTo(320);
        assertThat(first.workers()).containsExactly(new GridWorker("王建华", "17000001234", null));
        assertThat(parsed.features().get(1).geometry()).isInstanceOf(MultiPolygon.class);
    }

    @Test
    void refusesASelfIntersectingBowTie() {
        String bowTie = "[[[104.05,30.62],[104.06,30.63],[104.06,30.62],[104.05,30.63],[104.05,30.62]]]";

        assertThat(onlyProblem(feature(CODE, "bow tie", "Polygon", bowTie))).isEqualTo("region.geojson.invalidPolygon");
    }

    @Test
    void refusesAnUnclosedRing() {
        String open = "[[[104.05,30.62],[104.06,30.62],[104.06,30.63],[104.05,30.63]]]";
        String triangleWithoutClosingPoint = "[[[104.05,30.62],[104.06,30.62],[104.06,30.63]]]";

        assertThat(onlyProblem(feature(CODE, "open", "Polygon", open))).isEqualTo("region.geojson.ringNotClosed");
        assertThat(onlyProblem(feature(CODE, "open", "Polygon", triangleWithoutClosingPoint))).isEqualTo("region.geojson.ringTooShort");
    }

    @Test
    void refusesAGeometryThatIsNotAPolygon() {
        String line = "[[104.05,30.62],[104.06,30.63]]";

        assertThat(onlyProblem(feature(CODE, "line", "LineString", line))).isEqualTo("region.geojson.notPolygon");
    }

    @Test
    void refusesCoordinatesOutsideSichuanOrSwapped() {
        assertThat(onlyProblem(feature(CODE, "far", "Polygon", square(116.4, 39.9, 0.01)))).isEqualTo("region.geojson.outOfBounds");
        assertThat(onlyProblem(feature(CODE, "swapped", "Polygon", square(30.62, 104.05, 0.01)))).isEqualTo("region.geojson.outOfBounds");
    }

    @Test
    void refusesMalformedJsonCodesAndDuplicates() {
        assertThat(onlyProblem("{not json")).isEqualTo("region.geojson.malformed");
        assertThat(onlyProblem(feature("5101070050010", "short code", "Polygon", square(104.05, 30.62, 0.01))))
                .isEqualTo("region.grid.code.malformed");

        GridGeoJson.Parsed twice = GridGeoJson.parse(collection(
                feature(CODE, "a", "Polygon", square(104.05, 30.62, 0.01)),
                feature(CODE, "b", "Polygon", square(104.07, 30.62, 0.01))));
        assertThat(twice.problems()).extracting(GridUploadRejected.Problem::messageKey).containsExactly("region.grid.code.duplicate");
        assertThat(twice.problems().get(0).feature()).isEqualTo(1);
    }

    @Test
    void collectsAProblemForEveryBadFeature() {
        GridGeoJson.Parsed parsed = GridGeoJson.parse(collection(
                feature(CODE, "ok", "Polygon", square(104.05, 30.62, 0.01)),
                feature("510107005001002", "line", "LineString", "[[104.05,30.62],[104.06,30.63]]"),
                feature("510107005001003", "far", "Polygon", square(120, 30.62, 0.01))));

        assertThat(parsed.problems()).extracting(GridUploadRejected.Problem::feature).containsExactly(1, 2);
    }

    @Test
    void writesGeometryBackAsGeoJsonThatReadsTheSame() {
        GridFeature f = GridGeoJson.parse(feature(CODE, "a", "Polygon", square(104.05, 30.62, 0.01))).features().get(0);

        String written = GridGeoJson.write(f.geometry());

        assertThat(written).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[104.05,30.62],");
        assertThat(GridGeoJson.read(written).equalsExact(f.geometry(), 1e-9)).isTrue();
        assertThat(GridGeoJson.areaSquareMetres(f.geometry())).isBetween(1.0e6, 1.2e6);
    }
}
