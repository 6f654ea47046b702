package org.shegong.region;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: measures the region module's hot paths on one thread and prints the figures for
 * {@code docs/benchmarks-region.md}. Run:
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.mainClass=org.shegong.region.RegionBenchmark -Dexec.classpathScope=test</pre>
 */
public final class RegionBenchmark {

    public static void main(String[] args) throws Exception {
        firstImport();
        pointToGrid();
        addressResolution();
    }

    private static void firstImport() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("bench-pg-"))
                .setCleanDataDirectory(true).start()) {
            var dataSource = pg.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            var tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            DivisionImport importer = new DivisionImport(dataSource, JdbcClient.create(dataSource), tx);
            long started = System.nanoTime();
            int rows = importer.importIfNeeded();
            long first = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            int again = importer.importIfNeeded();
            long second = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(Locale.ROOT, "first import: %d divisions in %d ms (file read + COPY, one transaction); second start: %d rows, %d ms%n",
                    rows, first, again, second);
        }
    }

    private static void pointToGrid() {
        // 100 × 100 jittered cells over the Chengdu plain: 10,000 grids sharing their borders
        int n = 100;
        double minLng = 103.6, minLat = 30.4, size = 0.006;
        Random random = new Random(42);
        double[][][] v = new double[n + 1][n + 1][];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                boolean inner = i > 0 && j > 0 && i < n && j < n;
                v[i][j] = new double[] {minLng + i * size + (inner ? (random.nextDouble() - 0.5) * size * 0.4 : 0),
                        minLat + j * size + (inner ? (random.nextDouble() - 0.5) * size * 0.4 : 0)};
            }
        }
        Map<String, Geometry> geometries = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double[][] ring = {v[i][j], v[i + 1][j], v[i + 1][j + 1], v[i][j + 1], v[i][j]};
                Coordinate[] cs = new Coordinate[ring.length];
                for (int k = 0; k < ring.length; k++) {
                    cs[k] = new Coordinate(ring[k][0], ring[k][1]);
                }
                geometries.put(String.format(Locale.ROOT, "510100%03d%03d%03d", i, j, 1), GridGeoJson.GEOMETRY.createPolygon(cs));
            }
        }
        long started = System.nanoTime();
        GridLocator locator = new GridLocator(geometries);
        long build = (System.nanoTime() - started) / 1_000_000;
        double[][] points = new double[1 << 16][];
        for (int k = 0; k < points.length; k++) {
            // 10% of the points fall outside every grid
            points[k] = new double[] {minLat - 0.06 + random.nextDouble() * (n * size + 0.12),
                    minLng + random.nextDouble() * n * size};
        }
        int found = 0;
        for (int round = 0; round < 5; round++) {
            for (double[] p : points) {
                found += locator.locate(p[0], p[1]).isPresent() ? 1 : 0;
            }
        }
        int lookups = 2_000_000;
        started = System.nanoTime();
        for (int k = 0; k < lookups; k++) {
            double[] p = points[k & (points.length - 1)];
            found += locator.locate(p[0], p[1]).isPresent() ? 1 : 0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "point→grid: %,d grids (index built in %d ms), %,.0f lookups/s on one thread (%d hits)%n",
                geometries.size(), build, lookups / seconds, found);
    }

    private static void addressResolution() {
        List<Division> divisions = DivisionFile.load();
        long started = System.nanoTime();
        AddressResolver resolver = new AddressResolver(divisions);
        long build = (System.nanoTime() - started) / 1_000_000;
        Map<String, Division> byCode = new HashMap<>();
        divisions.forEach(d -> byCode.put(d.code(), d));
        List<Division> villages = divisions.stream().filter(d -> d.level() == RegionLevel.VILLAGE).toList();
        Random random = new Random(7);
        List<String> addresses = new ArrayList<>();
        for (int k = 0; k < 4096; k++) {
            Division village = villages.get(random.nextInt(villages.size()));
            Division township = byCode.get(village.parentCode());
            Division county = byCode.get(township.parentCode());
            Division city = byCode.get(county.parentCode());
            StringBuilder a = new StringBuilder();
            switch (k % 4) {
                case 0 -> a.append("四川省").append(city.name()).append(county.name()).append(township.name()).append(village.shortName());
                case 1 -> a.append(city.shortName()).append(county.shortName()).append(township.shortName());
                case 2 -> a.append(county.name()).append(township.name()).append("人民路");
                default -> a.append(city.name()).append(county.name()).append(township.name());
            }
            a.append(1 + random.nextInt(200)).append("号").append(1 + random.nextInt(20)).append("栋");
            addresses.add(a.toString());
        }
        int matched = 0;
        for (int round = 0; round < 10; round++) {
            for (String a : addresses) {
                matched += resolver.resolve(a).matched() ? 1 : 0;
            }
        }
        int resolutions = 400_000;
        started = System.nanoTime();
        for (int k = 0; k < resolutions; k++) {
            matched += resolver.resolve(addresses.get(k & 4095)).matched() ? 1 : 0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "address→division: index over %,d divisions built in %d ms, %,.0f resolutions/s on one thread (%d matched)%n",
                divisions.size(), build, resolutions / seconds, matched);
    }
}
