package org.shegong.insight;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.shegong.Benchmarks;
import org.shegong.identity.AccountId;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitKind;
import org.shegong.region.RegionCode;
import org.shegong.shell.Browser;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (not a test) for the 一屏统览 overview at province scale: 1,000,000 demands over the last 12 months with
 * their insight rows (one work order each, 85 % called back), 20,000 of them still open, and 500,000 petitions with
 * their statutory limits (2 % still running, half of those past the limit) and 2,000 alerts. Measures the summary
 * rebuild for the month, the board with every module's tile for the province / a city / a county, and in headless
 * Chromium the first paint of the province page (all tiles are rendered by the server, so first paint shows them).
 * Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.insight.OverviewBenchmark -Dexec.classpathScope=test}
 */
public final class OverviewBenchmark {

    private static final int DEMANDS = Integer.getInteger("demands", 1_000_000);
    private static final int PETITIONS = Integer.getInteger("petitions", 500_000);

    private static final String[] CATEGORIES = { "CJ-01", "CJ-02", "HJ-01", "HJ-02", "ZF-01", "SC-01", "JT-03", "ZA-01",
            "MZ-01", "LD-01", "SB-02", "NY-01" };

    public static void main(String[] args) throws Exception {
        Benchmarks.run(OverviewBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext ctx) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        long t0 = System.nanoTime();
        jdbc.sql("""
                create temporary table bench_village as
                select row_number() over (order by md5(code)) as n, code from region_division where level = 'VILLAGE'
                """).update();
        jdbc.sql("create unique index on bench_village (n)").update();
        long villages = jdbc.sql("select count(*) from bench_village").query(Long.class).single();
        // the newest 20,000 are still with their handling unit; 1,000 more wait for dispatch
        jdbc.sql("""
                insert into demand (tracking_code, kind, limit_class, channel, region_code, category_code, matter, phone_cipher,
                  phone_index, phone_masked, status, received_at, dispatch_by, version)
                select 'O' || lpad(i::text, 13, '0'), 'COMPLAINT', 'ORDINARY', 'HOTLINE', v.code,
                       (string_to_array(:categories, ','))[1 + i % 12], '诉求第' || i || '号', '\\x00'::bytea, md5(i::text),
                       '138****0000', case when i <= 1000 then 'RECEIVED' when i <= 21000 then 'ACCEPTED' else 'CLOSED' end,
                       now() - make_interval(secs => (i::bigint * 31536) % 31536000), now() - make_interval(mins => i % 120), 1
                from generate_series(1, :n) i
                join bench_village v on v.n = 1 + floor(:villages * power(((i::bigint * 2654435761) % 1000003) / 1000003.0, 3))::bigint
                """).param("categories", String.join(",", CATEGORIES)).param("n", DEMANDS).param("villages", villages).update();
        jdbc.sql("""
                insert into demand_work_order (demand_id, seq, unit_id, role, designated, status, dispatched_at, accept_by,
                  reply_by, return_by)
                select d.id, 0, 100000 + d.id % 2000, 'LEAD', false, 'ACCEPTED', d.received_at, d.received_at + interval '1 day',
                       now() + make_interval(hours => (d.id % 240)::int - 40), d.received_at + interval '1 day'
                from demand d where d.status = 'ACCEPTED'
                """).update();
        jdbc.sql("""
                insert into insight_demand (demand_id, region_code, category_code, month, received_at)
                select id, region_code, category_code, date_trunc('month', received_at at time zone 'Asia/Shanghai')::date, received_at
                from demand
                """).update();
        jdbc.sql("""
                insert into insight_order (demand_id, unit_id, role, region_code, category_code, month, dispatched_at,
                  accepted_at, accepted_on_time, replied_at, replied_on_time, reached, resolved, satisfaction, merged, excluded)
                select id, 100000 + id % 2000, 'LEAD', region_code, category_code,
                       date_trunc('month', received_at at time zone 'Asia/Shanghai')::date, received_at,
                       received_at + interval '1 hour', id % 10 <> 0, received_at + interval '5 days', id % 8 <> 0,
                       case when id % 100 < 85 then id % 20 <> 0 end, case when id % 100 < 85 then id % 7 <> 0 end,
                       case when id % 100 >= 85 then null when id % 10 < 6 then 'SATISFIED'
                            when id % 10 < 8 then 'BASICALLY_SATISFIED' else 'DISSATISFIED' end,
                       id % 50 = 0, id % 1000 = 7
                from demand
                """).update();
        System.out.printf("demands: %,d with %,d work orders over %,d villages in %.1f s%n", DEMANDS,
                jdbc.sql("select count(*) from insight_order").query(Long.class).single(), villages, (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        jdbc.sql("""
                insert into petition (case_number, tracking_code, channel, region_code, receiving_region_code, matter, category,
                  status, receiving_unit_id, handling_unit_id, received_at)
                select 'XF' || lpad(i::text, 10, '0'), 'P' || lpad(i::text, 13, '0'), 'LETTER', v.code, substr(v.code, 1, 6) || '000000',
                       '信访事项第' || i || '号', case when i % 10 = 0 then 'OPINION' else 'CLAIM' end,
                       case when i % 50 = 0 then 'ACCEPTED' else 'CONCLUDED' end, 1, 100000 + i % 2000,
                       now() - make_interval(secs => (i::bigint * 63072) % 31536000)
                from generate_series(1, :n) i
                join bench_village v on v.n = 1 + floor(:villages * power(((i::bigint * 40503) % 1000003) / 1000003.0, 3))::bigint
                """).param("n", PETITIONS).param("villages", villages).update();
        // 信访工作条例 §32: one handling limit of 60 days each; 5 % met late; the accepted ones still running
        jdbc.sql("""
                insert into petition_deadline (petition_id, limit_kind, due_date, due_at, explanation, explanation_en, unit_id,
                  met_at, alertable)
                select id, 'HANDLING', (received_at + interval '60 days')::date, received_at + interval '60 days', '受理后60日',
                       '60 days after acceptance', handling_unit_id,
                       case when status = 'ACCEPTED' then null
                            when id % 20 = 0 then received_at + interval '62 days' else received_at + interval '40 days' end, true
                from petition
                """).update();
        jdbc.sql("""
                insert into petition_alert (petition_id, unit_id, alert, limit_kind, raised_at)
                select id, handling_unit_id, 'OVERDUE', 'HANDLING', received_at + interval '61 days'
                from petition where id % 250 = 0
                """).update();
        jdbc.sql("analyze").update();
        System.out.printf("petitions: %,d with %,d limits (%,d running) and %,d alerts in %.1f s%n", PETITIONS,
                jdbc.sql("select count(*) from petition_deadline").query(Long.class).single(),
                jdbc.sql("select count(*) from petition_deadline where met_at is null").query(Long.class).single(),
                jdbc.sql("select count(*) from petition_alert").query(Long.class).single(), (System.nanoTime() - t1) / 1e9);

        Overview overview = ctx.getBean(Overview.class);
        Clock clock = ctx.getBean(Clock.class);
        YearMonth month = YearMonth.now(clock.withZone(Overview.ZONE));
        List<Long> rebuilds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long s = System.nanoTime();
            overview.refresh(month);
            overview.refresh(month.minusMonths(1));
            rebuilds.add(System.nanoTime() - s);
        }
        long rows = jdbc.sql("select count(*) from insight_overview_area where month = :m")
                .param("m", java.sql.Date.valueOf(month.atDay(1))).query(Long.class).single();
        System.out.printf("summary rebuild (this month and last, %,d rows this month): p50 %.0f ms, max %.0f ms%n", rows,
                Benchmarks.percentile(rebuilds, 50), Benchmarks.percentile(rebuilds, 100));

        Map<String, StaffPrincipal> leaders = Map.of(
                "province", leader("510000000000", org.shegong.Role.PROVINCE_ADMIN),
                "city 成都", leader("510100000000", org.shegong.Role.CITY_ADMIN),
                "county 武侯", leader("510107000000", org.shegong.Role.COUNTY_ADMIN));
        for (String who : List.of("province", "city 成都", "county 武侯")) {
            List<Long> times = new ArrayList<>();
            int tiles = 0;
            long received = 0;
            for (int i = 0; i < 13; i++) {
                long s = System.nanoTime();
                Overview.Board b = overview.board(leaders.get(who), null, false);
                if (i >= 3) {
                    times.add(System.nanoTime() - s);
                }
                tiles = b.tiles().size();
                received = b.current().received();
            }
            System.out.printf("board %s (%,d demands this month, %d tiles): p50 %.0f ms, max %.0f ms%n", who, received, tiles,
                    Benchmarks.percentile(times, 50), Benchmarks.percentile(times, 100));
        }

        // where the province board's time goes: each module's tile on its own
        StaffPrincipal province = leaders.get("province");
        for (var e : ctx.getBeansOfType(org.shegong.identity.OverviewSource.class).entrySet()) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long s = System.nanoTime();
                e.getValue().tile(province, "510000000000");
                if (i >= 2) {
                    times.add(System.nanoTime() - s);
                }
            }
            System.out.printf("  tile %s, province: p50 %.0f ms, max %.0f ms%n", e.getKey(), Benchmarks.percentile(times, 50),
                    Benchmarks.percentile(times, 100));
        }

        int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
        WebDriver driver = Browser.start(1920, 1080);
        try {
            Browser.logIn(driver, "http://localhost:" + port, "admin", "Bench#Mark2026");
            List<Long> paints = new ArrayList<>();
            List<Long> responses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                driver.get("http://localhost:" + port + "/overview");
                Object[] t = timings(driver);
                if (i >= 2) {
                    paints.add(((Number) t[0]).longValue() * 1_000_000);
                    responses.add(((Number) t[1]).longValue() * 1_000_000);
                }
            }
            System.out.printf("browser, province /overview at 1920×1080: response end p50 %.0f ms, max %.0f ms; first paint "
                    + "(every tile, server-rendered) p50 %.0f ms, max %.0f ms%n", Benchmarks.percentile(responses, 50),
                    Benchmarks.percentile(responses, 100), Benchmarks.percentile(paints, 50), Benchmarks.percentile(paints, 100));
        } finally {
            driver.quit();
        }
    }

    private static Object[] timings(WebDriver driver) {
        Object r = ((JavascriptExecutor) driver).executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint')
                           || performance.getEntriesByType('paint')[0];
                return [Math.round(paint ? paint.startTime : -1), Math.round(nav.responseEnd)];""");
        return ((List<?>) r).toArray();
    }

    private static StaffPrincipal leader(String region, org.shegong.Role role) {
        return new StaffPrincipal(AccountId.of(1), "bench", "bench", UnitId.of(1), "bench", UnitKind.SOCIAL_WORK_DEPARTMENT, RegionCode.of(region),
                java.util.Set.of(role), false);
    }
}
