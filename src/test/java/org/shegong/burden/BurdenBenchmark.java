package org.shegong.burden;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shegong.Benchmarks;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark (not a test): a 30-field numeric form submitted by every one of Sichuan's villages/communities (34,412
 * when the shipped division data is complete), then aggregated up to the province: sums and averages of every field
 * per city and the province total ({@link DataForms#aggregate(DataForm, RegionCode)}), timed over 10 runs. Values are
 * loaded in bulk (one version per village), as the submit path writes them. Run:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.burden.BurdenBenchmark -Dexec.classpathScope=test}
 */
public final class BurdenBenchmark {

    static final int FIELDS = 30;

    public static void main(String[] args) throws Exception {
        Benchmarks.run(platform -> {
            JdbcTemplate jdbc = platform.getBean(JdbcTemplate.class);
            DataForms forms = platform.getBean(DataForms.class);
            List<String> villages = jdbc.queryForList("select code from region_division where level = 'VILLAGE' order by code",
                    String.class);
            LocalDate today = LocalDate.now();
            Long id = jdbc.queryForObject("""
                    insert into burden_form (owner_unit_id, owner_name, owner_region, title, period, target_root, target_level,
                      opens_on, deadline, closes_on, status, targets, created_at)
                    values (1, '四川省委社会工作部', '510000000000', '基准测试报表', '2026', '510000000000', 'VILLAGE', ?, ?, ?,
                      'PUBLISHED', ?, now()) returning id
                    """, Long.class, today, today.plusDays(10), today.plusDays(10), villages.size());
            List<Object[]> fields = new ArrayList<>();
            for (int p = 1; p <= FIELDS; p++) {
                fields.add(new Object[] { id, p, "f" + p, "字段" + p });
            }
            jdbc.batchUpdate("insert into burden_form_field (form_id, position, key, label, type, required) values (?, ?, ?, ?, 'INTEGER', true)", fields);
            long t0 = System.nanoTime();
            jdbc.update("""
                    insert into burden_form_target (form_id, region_code, status, current_version, submitted_at)
                    select ?, code, 'SUBMITTED', 1, now() from region_division where level = 'VILLAGE'
                    """, id);
            jdbc.update("""
                    insert into burden_submission (form_id, region_code, version, submitted_by, submitted_at, channel)
                    select ?, code, 1, 'bench', now(), 'WEB' from region_division where level = 'VILLAGE'
                    """, id);
            jdbc.update("""
                    insert into burden_value (form_id, region_code, version, position, num_value, current)
                    select ?, d.code, 1, p, (abs(hashtext(d.code || p)) % 1000), true
                    from region_division d cross join generate_series(1, ?) p where d.level = 'VILLAGE'
                    """, id, FIELDS);
            jdbc.execute("analyze burden_value");
            System.out.printf("loaded %d villages × %d fields in %.1f s%n", villages.size(), FIELDS, (System.nanoTime() - t0) / 1e9);
            DataForm form = forms.load(new DataFormId(id));
            List<Long> nanos = new ArrayList<>();
            DataForms.Aggregate last = null;
            for (int i = 0; i < 11; i++) {
                long start = System.nanoTime();
                last = forms.aggregate(form, RegionCode.SICHUAN);
                if (i > 0) {
                    nanos.add(System.nanoTime() - start);
                }
            }
            System.out.printf("province aggregate (%d cities, %d submitted): p50 %.0f ms, max %.0f ms; f1 sum %s%n",
                    last.children().size(), last.total().submitted(), Benchmarks.percentile(nanos, 50),
                    Benchmarks.percentile(nanos, 100), last.total().sums().get(1));
        });
    }
}
