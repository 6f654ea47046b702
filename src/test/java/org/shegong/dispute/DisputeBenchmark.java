package org.shegong.dispute;

import java.util.ArrayList;
import java.util.List;
import org.shegong.Benchmarks;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (not a test): a county's dispute statistics (by type, risk, level settled, time to settle, screening
 * coverage per grid) over a county with {@code disputes} disputes among {@code others} in other counties, and
 * {@code rounds} screening rounds with their households. Target: ≤ 500 ms.
 * Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.dispute.DisputeBenchmark -Dexec.classpathScope=test}
 */
public final class DisputeBenchmark {

    private static final int DISPUTES = Integer.getInteger("disputes", 200_000);
    private static final int OTHERS = Integer.getInteger("others", 300_000);
    private static final int ROUNDS = Integer.getInteger("rounds", 2_000);
    private static final int RUNS = 7;

    public static void main(String[] args) throws Exception {
        Benchmarks.run(DisputeBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext ctx) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        long t0 = System.nanoTime();
        insert(jdbc, "510107", DISPUTES, 0);
        insert(jdbc, "510104", OTHERS, DISPUTES);
        jdbc.sql("""
                INSERT INTO dispute_screening (grid_code, title, period_start, period_end, households, assignee_account_id,
                  assignee_name, created_at, created_by)
                SELECT '510107' || lpad((1 + i % 14)::text, 3, '0') || lpad((1 + i % 20)::text, 3, '0') || lpad((i % 9 + 1)::text, 3, '0'),
                  '基准排查' || i, DATE '2026-01-01', DATE '2026-12-31', 300, 1, '基准网格员', now(), 'bench'
                FROM generate_series(1, :n) i""").param("n", ROUNDS).update();
        jdbc.sql("""
                INSERT INTO dispute_screening_item (screening_id, target, found, has_dispute, screened_at, screened_by)
                SELECT s.id, '户' || h, '无', h % 17 = 0, now(), 'bench'
                FROM dispute_screening s CROSS JOIN generate_series(1, 150) h WHERE s.created_by = 'bench'""").update();
        jdbc.sql("""
                UPDATE dispute_screening s SET screened = c.n, with_dispute = c.d
                  FROM (SELECT screening_id, count(*) AS n, count(*) FILTER (WHERE has_dispute) AS d
                          FROM dispute_screening_item GROUP BY screening_id) c
                 WHERE c.screening_id = s.id""").update();
        jdbc.sql("ANALYZE").update();
        System.out.printf("generated %,d + %,d disputes, %,d rounds in %.1f s%n", DISPUTES, OTHERS, ROUNDS,
                (System.nanoTime() - t0) / 1e9);
        DisputeStatistics statistics = ctx.getBean(DisputeStatistics.class);
        Scope county = Scope.of(RegionCode.of("510107000000"));
        var warm = statistics.figures(county);
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            statistics.figures(county);
            nanos.add(System.nanoTime() - s);
        }
        List<Long> coverageNanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            statistics.coverage(county);
            coverageNanos.add(System.nanoTime() - s);
        }
        System.out.printf("of which screening coverage per grid: p50 %.0f ms%n", Benchmarks.percentile(coverageNanos, 50));
        System.out.printf("county 510107: %,d disputes, %,d settled (village %s%%), %d grids screened%n", warm.total(),
                warm.settled(), warm.villageShare(), warm.coverage().size());
        System.out.printf("county statistics: p50 %.0f ms, max %.0f ms (%d runs after one warm-up)%n",
                Benchmarks.percentile(nanos, 50), Benchmarks.percentile(nanos, 100), RUNS);
    }

    private static void insert(JdbcClient jdbc, String county, int n, int offset) {
        jdbc.sql("""
                INSERT INTO dispute (case_number, kind, facts, region_code, risk, source, status, holder_level,
                  holder_region_code, registered_at, registered_by, settled_at, settled_level)
                SELECT 'BENCH' || (i + :offset), (array['NEIGHBOURS','FAMILY','LAND','LABOUR','PROPERTY','EXPROPRIATION','MEDICAL','OTHER'])[1 + i % 8],
                  '基准纠纷', :county || lpad((1 + i % 14)::text, 3, '0') || lpad((1 + i % 20)::text, 3, '0'),
                  (array['LOW','LOW','MEDIUM','HIGH','VIOLENCE'])[1 + i % 5], 'WALK_IN',
                  (array['REGISTERED','MEDIATING','EFFECTIVE','PERFORMED','PERFORMED','FAILED'])[1 + i % 6],
                  (array['VILLAGE','VILLAGE','VILLAGE','TOWNSHIP','COUNTY'])[1 + i % 5],
                  :county || lpad((1 + i % 14)::text, 3, '0') || '000', now() - (i % 365) * interval '1 day', 'bench',
                  CASE WHEN i % 6 IN (2, 3, 4) THEN now() - (i % 300) * interval '1 day' END,
                  CASE WHEN i % 6 IN (2, 3, 4) THEN (array['VILLAGE','VILLAGE','VILLAGE','TOWNSHIP','COUNTY'])[1 + i % 5] END
                FROM generate_series(1, :n) i""").param("county", county).param("n", n).param("offset", offset).update();
    }
}
