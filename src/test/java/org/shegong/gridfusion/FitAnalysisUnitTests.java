package org.shegong.gridfusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The fit analysis on hand-drawn squares near 洪雅县 (lat 29.9°): three unified grids of 0.01° × 0.01° side by side
 * (two in village …001, one in village …002) and four departmental grids. Expected values worked out by hand in
 * square degrees; square metres follow with k = 111,320 · cos(29.905°) · 110,574.
 */
class FitAnalysisUnitTests {

    static final String U1 = "511423101001001", U2 = "511423101001002", U3 = "511423101002001";
    static final double K = 111_320 * Math.cos(Math.toRadians(29.905)) * 110_574;

    static Geometry box(double x1, double y1, double x2, double y2) {
        return LayerGeoJson.GEOMETRY.createPolygon(new Coordinate[] { new Coordinate(x1, y1), new Coordinate(x2, y1),
                new Coordinate(x2, y2), new Coordinate(x1, y2), new Coordinate(x1, y1) });
    }

    static Map<String, Geometry> unified() {
        Map<String, Geometry> u = new LinkedHashMap<>();
        u.put(U1, box(103.30, 29.90, 103.31, 29.91));
        u.put(U2, box(103.31, 29.90, 103.32, 29.91));
        u.put(U3, box(103.32, 29.90, 103.33, 29.91));
        return u;
    }

    static List<FitAnalysis.Departmental> departmental() {
        return List.of(
                // all of U1 and 60 % of U2: 1.6e-4 deg²
                new FitAnalysis.Departmental(1, "D1", "一号", box(103.30, 29.90, 103.316, 29.91)),
                // 40 % of U2 (village 001) and 50 % of U3 (village 002): crosses a village boundary, 0.9e-4 deg²
                new FitAnalysis.Departmental(2, "D2", "二号", box(103.316, 29.90, 103.325, 29.91)),
                // inside D2 (covered twice) and a quarter of U3: 0.25e-4 deg²
                new FitAnalysis.Departmental(3, "D3", "三号", box(103.32, 29.90, 103.325, 29.905)),
                // east of the county's unified grids, touching U3 along a line only: 1e-4 deg²
                new FitAnalysis.Departmental(4, "D4", "四号", box(103.33, 29.90, 103.34, 29.91)));
    }

    @Test
    void overlapSharesAreTheIntersectionOverEachGridsArea() {
        FitReport report = FitAnalysis.analyse(unified(), departmental());
        FitReport.GridFit d1 = report.grids().get(0);
        assertThat(d1.overlaps()).extracting(FitReport.Overlap::gridCode).containsExactly(U1, U2);
        assertThat(d1.overlaps().get(0).shareOfDepartmental()).isCloseTo(1.0 / 1.6, within(1e-9));
        assertThat(d1.overlaps().get(0).shareOfUnified()).isCloseTo(1.0, within(1e-9));
        assertThat(d1.overlaps().get(0).whole()).isTrue();
        assertThat(d1.overlaps().get(1).shareOfDepartmental()).isCloseTo(0.6 / 1.6, within(1e-9));
        assertThat(d1.overlaps().get(1).shareOfUnified()).isCloseTo(0.6, within(1e-9));
        assertThat(d1.overlaps().get(1).whole()).isFalse();
        assertThat(d1.overlaps().get(1).area()).isCloseTo(0.6e-4 * K, within(1.0));
        assertThat(d1.area()).isCloseTo(1.6e-4 * K, within(1.0));
        assertThat(d1.wholeArea()).isCloseTo(1e-4 * K, within(1.0));

        FitReport.GridFit d2 = report.grids().get(1);
        assertThat(d2.overlaps()).extracting(FitReport.Overlap::gridCode).containsExactly(U3, U2);
        assertThat(d2.overlaps()).extracting(FitReport.Overlap::shareOfUnified)
                .satisfiesExactly(s -> assertThat(s).isCloseTo(0.5, within(1e-9)), s -> assertThat(s).isCloseTo(0.4, within(1e-9)));
        assertThat(report.grids().get(3).overlaps()).as("touching along a line is no overlap").isEmpty();
    }

    @Test
    void gapsDoubleCoverAndOutsideAreasAreMeasured() {
        FitReport report = FitAnalysis.analyse(unified(), departmental());
        assertThat(report.countyArea()).isCloseTo(3e-4 * K, within(1.0));
        // U3 east of 103.325: 0.005° × 0.01°
        assertThat(report.uncoveredArea()).isCloseTo(0.5e-4 * K, within(1.0));
        // D3 lies wholly inside D2
        assertThat(report.coveredTwiceArea()).isCloseTo(0.25e-4 * K, within(1.0));
        assertThat(report.outsideArea()).isCloseTo(1e-4 * K, within(1.0));
        assertThat(report.departmentArea()).isCloseTo(3.75e-4 * K, within(1.0));
    }

    @Test
    void noGapNoDoubleCoverWhenTheLayerEqualsTheUnifiedGrids() {
        List<FitAnalysis.Departmental> same = List.of(new FitAnalysis.Departmental(1, "A", "甲", box(103.30, 29.90, 103.32, 29.91)),
                new FitAnalysis.Departmental(2, "B", "乙", box(103.32, 29.90, 103.33, 29.91)));
        FitReport report = FitAnalysis.analyse(unified(), same);
        assertThat(report.uncoveredArea()).isCloseTo(0, within(1e-3));
        assertThat(report.coveredTwiceArea()).isCloseTo(0, within(1e-3));
        assertThat(report.fitFigure()).isCloseTo(1.0, within(1e-9));
        assertThat(report.grids().get(0).suggested()).containsExactly(U1, U2);
        assertThat(report.grids().get(0).crossesVillages()).isFalse();
    }

    @Test
    void villageCrossingNeedsTwoVillagesWithAtLeastOnePercentEach() {
        FitReport report = FitAnalysis.analyse(unified(), departmental());
        assertThat(report.grids().get(1).villages()).containsExactly("511423101001", "511423101002");
        assertThat(report.grids().get(1).crossesVillages()).isTrue();
        assertThat(report.grids().get(0).crossesVillages()).isFalse();
        assertThat(report.crossingVillages()).isEqualTo(1);
        // a sliver: 0.00009° of 0.01009° (0.89 %) in village 002 is a drawing difference, not a crossing
        Geometry nearly = box(103.31, 29.90, 103.32009, 29.91);
        FitReport edge = FitAnalysis.analyse(unified(), List.of(new FitAnalysis.Departmental(9, "E", "边", nearly)));
        assertThat(edge.grids().get(0).overlaps().stream().filter(o -> o.gridCode().equals(U3)).findFirst().orElseThrow()
                .shareOfDepartmental()).isCloseTo(0.00009 / 0.01009, within(1e-9));
        assertThat(edge.grids().get(0).crossesVillages()).isFalse();
        Geometry over = box(103.31, 29.90, 103.32 + 0.0002, 29.91); // 0.0002/0.0102 = 1.96 % in village 002
        assertThat(FitAnalysis.analyse(unified(), List.of(new FitAnalysis.Departmental(9, "F", "过", over))).grids().get(0)
                .crossesVillages()).isTrue();
    }

    @Test
    void fitFigureIsTheShareOfAreaInWholeUnifiedGrids() {
        FitReport report = FitAnalysis.analyse(unified(), departmental());
        // only D1 covers a unified grid whole (U1, 1e-4 of 3.75e-4 deg²)
        assertThat(report.fitFigure()).isCloseTo(1.0 / 3.75, within(1e-9));
    }

    @Test
    void wholeMeansAtLeastNinetyFivePercentOfTheUnifiedGrid() {
        // 95.01 % of U1 counts whole, 94.99 % does not
        Map<String, Geometry> one = Map.of(U1, box(103.30, 29.90, 103.31, 29.91));
        double at = FitAnalysis.analyse(one, List.of(new FitAnalysis.Departmental(1, "A", "甲", box(103.30, 29.90, 103.309501, 29.91))))
                .fitFigure();
        double below = FitAnalysis.analyse(one, List.of(new FitAnalysis.Departmental(1, "A", "甲", box(103.30, 29.90, 103.309499, 29.91))))
                .fitFigure();
        assertThat(at).isCloseTo(1.0, within(1e-9));
        assertThat(below).isZero();
    }

    @Test
    void suggestionsGoToTheDepartmentalGridHoldingMostOfEachUnifiedGrid() {
        FitReport report = FitAnalysis.analyse(unified(), departmental());
        assertThat(report.grids().get(0).suggested()).containsExactly(U1, U2);
        assertThat(report.grids().get(1).suggested()).containsExactly(U3);
        // D3 holds no unified grid's majority: the grid covering most of it
        assertThat(report.grids().get(2).suggested()).containsExactly(U3);
        assertThat(report.grids().get(3).suggested()).isEmpty();
    }

    @Test
    void fusionFigureCountsMappedGridsWhole() {
        FitReport fit = FitAnalysis.analyse(unified(), departmental());
        DepartmentLayer layer = new DepartmentLayer(1, new org.shegong.region.RegionCode("511423000000"), "城管", null, "城管网格",
                1, LayerStatus.ACTIVE, 4, "t", java.time.Instant.EPOCH, null, null);
        FitMap map = FitMap.of(unified(), departmental(), fit, java.util.Set.of("D2"));
        LayerReport unmapped = new LayerReport(layer, java.util.Set.of(), fit, map, Map.of());
        LayerReport d1Mapped = new LayerReport(layer, java.util.Set.of(), fit, map, Map.of(1L, List.of(U1, U2)));
        assertThat(unmapped.fusionFigure()).isCloseTo(1.0 / 3.75, within(1e-9));
        assertThat(d1Mapped.fusionFigure()).isCloseTo(1.6 / 3.75, within(1e-9));
        assertThat(map.shapes()).extracting(FitMap.Shape::kind).contains(FitMap.UNIFIED, FitMap.DEPARTMENTAL, FitMap.CROSSING,
                FitMap.UNCOVERED, FitMap.TWICE);
        assertThat(map.shapes()).allSatisfy(s -> assertThat(s.path()).matches("[MLZ0-9. \\-]+"));
    }
}
