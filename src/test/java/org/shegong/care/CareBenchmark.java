package org.shegong.care;

import java.util.ArrayList;
import java.util.List;
import org.shegong.Benchmarks;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (not a test) for care: a county (成都市武侯区, 510107) with 200,000 registered people spread over its
 * villages' grids and a year of visits at each group's interval, generated in SQL; then the overdue-visit list as the
 * county administrator, a township and a grid worker see it ({@link CareStatistics#overdue}, first 200), and the
 * county's done-vs-due statistics.
 * Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.care.CareBenchmark -Dexec.classpathScope=test}
 */
public final class CareBenchmark {

    private static final int PEOPLE = Integer.getInteger("people", 200_000);
    private static final int RUNS = Integer.getInteger("runs", 30);

    public static void main(String[] args) throws Exception {
        Benchmarks.run(CareBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext ctx) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        CareStatistics statistics = ctx.getBean(CareStatistics.class);
        long t0 = System.nanoTime();
        // people: the county's villages × grids 001–010; groups in proportion; the last visit spread over the plan so that
        // about one in ten is overdue, some of them long enough to have been escalated
        jdbc.sql("""
                WITH villages AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n, count(*) OVER () AS total
                                  FROM region_division WHERE level = 'VILLAGE' AND code LIKE '510107%'),
                people AS (
                  SELECT i, CASE WHEN i % 10 < 2 THEN 'ELDERLY_ALONE' WHEN i % 10 < 4 THEN 'LEFT_BEHIND_CHILD'
                           WHEN i % 10 < 5 THEN 'VULNERABLE_CHILD' WHEN i % 10 < 7 THEN 'DISABLED' ELSE 'LOW_INCOME' END AS g
                  FROM generate_series(1, :n) i),
                planned AS (
                  SELECT p.i, p.g, CASE p.g WHEN 'ELDERLY_ALONE' THEN 7 WHEN 'LEFT_BEHIND_CHILD' THEN 30
                           WHEN 'VULNERABLE_CHILD' THEN 14 WHEN 'DISABLED' THEN 30 ELSE 90 END AS days,
                         v.code AS village
                  FROM people p JOIN villages v ON v.n = p.i % v.total)
                INSERT INTO care_person (name, group_code, risk, resident_id_cipher, resident_id_index, resident_id_masked, birth_year,
                  village_code, township_code, region_code, responsible_unit_id, visit_days, last_visit_at, next_due_at,
                  created_by, created_at)
                SELECT '关爱对象' || i, g, 'NORMAL', '\\x00'::bytea, 'bench-' || i, '510107********0000', 1950,
                  village, substr(village, 1, 9) || '000', village || lpad((1 + i % 10)::text, 3, '0'), 1, days,
                  now() - make_interval(days => (i * 7919) % (days + days / 9 + 1)),
                  date_trunc('day', now() - make_interval(days => (i * 7919) % (days + days / 9 + 1))) + make_interval(days => days + 1),
                  'bench', now() - interval '1 year'
                FROM planned""").param("n", PEOPLE).update();
        long t1 = System.nanoTime();
        // a year of visits: one per interval back from the last visit
        jdbc.sql("""
                INSERT INTO care_visit (person_id, region_code, visited_at, place, seen, visitor_name, logged_by, on_time, created_at)
                SELECT p.id, p.region_code, p.last_visit_at - make_interval(days => k * p.visit_days), '家中', '精神尚可',
                  '网格员', 'bench', k % 17 <> 0, now()
                FROM care_person p, generate_series(0, 365) k
                WHERE p.created_by = 'bench' AND k * p.visit_days < 365""").update();
        jdbc.sql("UPDATE care_person SET notified_at = now(), escalated_at = CASE WHEN next_due_at < now() - interval '3 days' "
                + "THEN now() END WHERE created_by = 'bench' AND next_due_at <= now()").update();
        jdbc.sql("ANALYZE care_person").update();
        jdbc.sql("ANALYZE care_visit").update();
        long t2 = System.nanoTime();
        long people = jdbc.sql("SELECT count(*) FROM care_person").query(Long.class).single();
        long visits = jdbc.sql("SELECT count(*) FROM care_visit").query(Long.class).single();
        long overdue = jdbc.sql("SELECT count(*) FROM care_person WHERE active AND next_due_at <= now()").query(Long.class).single();
        System.out.printf("generated %,d people in %.1f s and %,d visits in %.1f s; %,d overdue%n", people, (t1 - t0) / 1e9,
                visits, (t2 - t1) / 1e9, overdue);

        String township = jdbc.sql("SELECT township_code FROM care_person WHERE created_by = 'bench' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
                .query(String.class).single();
        String grid = jdbc.sql("SELECT region_code FROM care_person WHERE created_by = 'bench' AND township_code = :t LIMIT 1")
                .param("t", township).query(String.class).single();
        StaffPrincipal county = StaffFixtures.staff(1, "bench-county", 1, "武侯区", UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000",
                Role.COUNTY_ADMIN);
        StaffPrincipal town = StaffFixtures.staff(2, "bench-town", 1, "街道", UnitKind.TOWNSHIP_OFFICE, township, Role.TOWNSHIP_STAFF);
        StaffPrincipal worker = StaffFixtures.staff(3, "bench-worker", 1, "社区", UnitKind.VILLAGE_COMMITTEE, grid.substring(0, 12),
                Role.GRID_WORKER);
        measure("overdue list, first 200, county (200,000 people)", () -> statistics.overdue(county, null, 200).size());
        measure("overdue list, first 200, one township", () -> statistics.overdue(town, null, 200).size());
        measure("overdue list, one grid worker's grid", () -> statistics.overdue(worker, List.of(grid), 200).size());
        measure("done vs due by township, county, last 30 days", () -> statistics.summary(county, null, null).coverage().size());
    }

    private interface Query {
        int run();
    }

    private static void measure(String what, Query q) {
        int rows = q.run();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            q.run();
            nanos.add(System.nanoTime() - s);
        }
        System.out.printf("%s: %d rows; p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d runs after one warm-up)%n", what, rows,
                Benchmarks.percentile(nanos, 50), Benchmarks.percentile(nanos, 95), Benchmarks.percentile(nanos, 100), RUNS);
    }
}
