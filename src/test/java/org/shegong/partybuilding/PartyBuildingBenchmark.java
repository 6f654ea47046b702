package org.shegong.partybuilding;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shegong.Benchmarks;
import org.shegong.region.Scope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (not a test): "两个覆盖" for the whole province with 1,000,000 registered organizations spread over
 * Sichuan's villages and 200 competent departments — about a third in party organizations (own branches and joint
 * branches of three), a tenth of the rest with an instructor. Run:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.partybuilding.PartyBuildingBenchmark -Dexec.classpathScope=test}
 */
public final class PartyBuildingBenchmark {

    private static final int ORGANIZATIONS = Integer.getInteger("organizations", 1_000_000);

    public static void main(String[] args) throws Exception {
        Benchmarks.run(PartyBuildingBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext ctx) throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        long t0 = System.nanoTime();
        long firstUnit = jdbc.sql("""
                INSERT INTO identity_unit (name, kind, region_code)
                SELECT '基准主管部门' || i, 'FUNCTIONAL_DEPARTMENT', '510000000000' FROM generate_series(1, 200) i
                RETURNING id""").query(Long.class).list().stream().min(Long::compare).orElseThrow();
        jdbc.sql("""
                INSERT INTO partybuilding_organization (credit_code, name, kind, industry, size, competent_unit_id,
                  region_code, employees, full_members, registered_on)
                SELECT b.body || substr('0123456789ABCDEFGHJKLMNPQRTUWXY', 1 + (31 - (SELECT sum(substr(b.body, k, 1)::int
                           * (array[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28])[k]) FROM generate_series(1, 17) k)::int % 31) % 31, 1),
                       '基准企业' || i,
                       (array['ENTERPRISE','ENTERPRISE','ENTERPRISE','ASSOCIATION','PRIVATE_NON_ENTERPRISE','FOUNDATION','PLATFORM_COMPANY'])[1 + i % 7],
                       '批发和零售业', 'SMALL', :first + i % 200,
                       v.codes[1 + ((i::bigint * 7919) % array_length(v.codes, 1))::int], 10 + i % 40, i % 6,
                       current_date - (i % 720)
                  FROM generate_series(1, :n) i
                       CROSS JOIN LATERAL (SELECT '91' || lpad(i::text, 15, '0') AS body) b,
                       (SELECT array_agg(code ORDER BY code) AS codes FROM region_division WHERE level = 'VILLAGE') v""")
                .param("n", ORGANIZATIONS).param("first", firstUnit).update();
        // own branches for units with ≥ 3 members whose id ends in 0–4; joint branches of three for ids 5–7 (grouped)
        jdbc.sql("""
                INSERT INTO partybuilding_party_org (kind, name, region_code, formed_on, created_by)
                SELECT 'OWN_BRANCH', '支部' || id, region_code, registered_on, 1 FROM partybuilding_organization
                 WHERE full_members >= 3 AND id % 10 < 5""").update();
        jdbc.sql("""
                INSERT INTO partybuilding_party_org_unit (organization_id, party_org_id, joined_on)
                SELECT o.id, p.id, o.registered_on FROM partybuilding_organization o
                  JOIN partybuilding_party_org p ON p.name = '支部' || o.id""").update();
        jdbc.sql("""
                INSERT INTO partybuilding_party_org (kind, name, region_code, formed_on, created_by)
                SELECT 'JOINT_BRANCH', '联合' || (id / 30), min(region_code), min(registered_on), 1
                  FROM partybuilding_organization WHERE id % 10 BETWEEN 5 AND 7 GROUP BY id / 30""").update();
        jdbc.sql("""
                INSERT INTO partybuilding_party_org_unit (organization_id, party_org_id, joined_on)
                SELECT o.id, p.id, o.registered_on FROM partybuilding_organization o
                  JOIN partybuilding_party_org p ON p.name = '联合' || (o.id / 30)
                 WHERE o.id % 10 BETWEEN 5 AND 7""").update();
        jdbc.sql("""
                INSERT INTO partybuilding_instructor (organization_id, name, kind, assigned_on)
                SELECT o.id, '指导员', 'INSTRUCTOR', o.registered_on FROM partybuilding_organization o
                 WHERE o.id % 10 = 8""").update();
        // the copies PartyOrganizations keeps on each organization row
        jdbc.sql("""
                UPDATE partybuilding_organization o SET party_kind = p.kind, organized_on = l.joined_on
                  FROM partybuilding_party_org_unit l JOIN partybuilding_party_org p ON p.id = l.party_org_id
                 WHERE l.organization_id = o.id""").update();
        jdbc.sql("""
                UPDATE partybuilding_organization o SET instructed_on = i.assigned_on
                  FROM partybuilding_instructor i WHERE i.organization_id = o.id""").update();
        jdbc.sql("VACUUM ANALYZE").update();
        System.out.printf("generated %,d organizations in %.1f s%n", ORGANIZATIONS, (System.nanoTime() - t0) / 1e9);

        Coverage coverage = ctx.getBean(Coverage.class);
        Coverage.RegionCoverage province = coverage.byRegion(Scope.PROVINCE);
        System.out.printf("province: %,d operating, organizational %.1f %%, work %.1f %%%n", province.total().operating(),
                province.total().organizationalRate(), province.total().workRate());
        time("coverage by city, whole province", () -> coverage.byRegion(Scope.PROVINCE));
        time("coverage by competent department, whole province", () -> coverage.byDepartment(Scope.PROVINCE));
        time("trend, 12 months, whole province", () -> coverage.trend(Scope.PROVINCE, YearMonth.now(), 12));
        time("gap list, first 200, whole province", () -> coverage.gaps(Scope.PROVINCE, 200));
        time("coverage by township, one county (成都市武侯区)",
                () -> coverage.byRegion(Scope.of(org.shegong.region.RegionCode.of("510107000000"))));
    }

    private static void time(String what, Callable<?> call) throws Exception {
        call.call();
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long s = System.nanoTime();
            call.call();
            runs.add(System.nanoTime() - s);
        }
        System.out.printf("%s: p50 %.0f ms, max %.0f ms (7 runs after one warm-up)%n", what,
                Benchmarks.percentile(runs, 50), Benchmarks.percentile(runs, 100));
    }
}
