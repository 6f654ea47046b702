package org.shegong.gridfusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shegong.Benchmarks;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Grids;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: the fit report of a county with 2,000 unified and 3,000 departmental grids whose boundaries never line
 * up (the worst case: every departmental grid cuts several unified grids), on the whole platform and an embedded
 * PostgreSQL. Target: ≤ 5 s. Run:
 * <pre>mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.gridfusion.GridFusionBenchmark -Dexec.classpathScope=test</pre>
 */
public final class GridFusionBenchmark {

    static final String COUNTY = "511423000000";

    public static void main(String[] args) throws Exception {
        Benchmarks.run(platform -> {
            JdbcClient jdbc = platform.getBean(JdbcClient.class);
            List<String> villages = jdbc.sql("""
                    select code from region_division where level = 'VILLAGE' and code like '511423%' order by code limit 20
                    """).query(String.class).list();
            // 2,000 unified grids: 50 × 40 squares of 0.005°, 100 per village
            List<String> unified = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                double x = 103.20 + (i % 50) * 0.005, y = 29.80 + (i / 50) * 0.005;
                unified.add(feature(villages.get(i / 100) + String.format(Locale.ROOT, "%03d", i % 100 + 1), "网格" + i, x, y, 0.005, 0.005));
            }
            long t0 = System.nanoTime();
            platform.getBean(Grids.class).importGeoJson(collection(unified), Scope.PROVINCE);
            System.out.printf(Locale.ROOT, "unified grids imported: 2000 in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            // 3,000 departmental grids over the same extent: 60 × 50 cells of 0.25/60° × 0.004°
            List<String> departmental = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                double w = 0.25 / 60, h = 0.004;
                departmental.add(feature("D" + i, "部门网格" + i, 103.20 + (i % 60) * w, 29.80 + (i / 60) * h, w, h));
            }
            StaffPrincipal admin = StaffFixtures.provinceAdmin();
            GridFusionManagement fusion = platform.getBean(GridFusionManagement.class);
            long t1 = System.nanoTime();
            DepartmentLayer layer = fusion.upload(admin, COUNTY, "城管局", "城管网格", collection(departmental));
            System.out.printf(Locale.ROOT, "upload with analysis: %d departmental grids in %d ms%n", layer.gridCount(),
                    (System.nanoTime() - t1) / 1_000_000);
            List<Long> runs = new ArrayList<>();
            LayerReport report = null;
            for (int run = 0; run < 6; run++) {
                long started = System.nanoTime();
                report = fusion.report(admin, layer.id());
                if (run > 0) {
                    runs.add(System.nanoTime() - started);
                }
            }
            System.out.printf(Locale.ROOT, "fit report (load both layers, overlaps, gaps, double cover, crossings, map): "
                    + "p50 %.0f ms, max %.0f ms over %d runs; fit %.1f %%, %d crossing, %d overlaps, %d map shapes%n",
                    Benchmarks.percentile(runs, 50), Benchmarks.percentile(runs, 100), runs.size(), report.fit().fitFigure() * 100,
                    report.fit().crossingVillages(), report.fit().grids().stream().mapToInt(g -> g.overlaps().size()).sum(),
                    report.map().shapes().size());
        });
    }

    private static String feature(String code, String name, double x, double y, double w, double h) {
        return String.format(Locale.ROOT, """
                {"type":"Feature","properties":{"code":"%s","name":"%s"},"geometry":{"type":"Polygon","coordinates":\
                [[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]]}}""",
                code, name, x, y, x + w, y, x + w, y + h, x, y + h, x, y);
    }

    private static String collection(List<String> features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }
}
