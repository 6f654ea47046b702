package org.shegong.demand;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.shegong.Role;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.region.RegionCode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (not a test) for 接诉即办 at province scale: 1,000,000 historical demands spread over
 * Sichuan's villages, then intake through the REST API with 16 concurrent clients for 60 s beside a raw
 * single-row insert rate on the same database, the unit inbox's first page, and the overdue sweep over
 * 200,000 open work orders. Run:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.demand.DemandBenchmark -Dexec.classpathScope=test}
 */
public final class DemandBenchmark {

    private static final int HISTORY = Integer.getInteger("history", 1_000_000);
    private static final int OPEN_ORDERS = Integer.getInteger("open", 200_000);
    private static final int CLIENTS = 16;
    private static final int SECONDS = Integer.getInteger("seconds", 60);

    public static void main(String[] args) throws Exception {
        org.shegong.Benchmarks.run(DemandBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext ctx) throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));

        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into demand (tracking_code, kind, limit_class, channel, region_code, category_code, matter, phone_cipher,
                  phone_index, phone_masked, status, received_at, dispatch_by, version)
                select 'H' || lpad(i::text, 13, '0'),
                       (array['ENQUIRY','HELP','COMPLAINT','REPORT','PROPOSAL'])[1 + i % 5], 'ORDINARY', 'HOTLINE',
                       v.codes[1 + ((i::bigint * 7919) % array_length(v.codes, 1))::int],
                       (array['CJ-01','CJ-02','HJ-01','ZF-01','SC-01','JT-03','ZA-01','MZ-01'])[1 + i % 8],
                       '历史诉求第' || i || '号：小区周边问题反映', '\\x00'::bytea, md5(i::text), '138****' || lpad((i % 10000)::text, 4, '0'),
                       case when i <= :open then 'ACCEPTED' else 'CLOSED' end,
                       now() - make_interval(mins => i % 525600), now() - make_interval(mins => i % 525600) + interval '24 hours', 1
                from generate_series(1, :n) i, (select array_agg(code order by code) as codes from region_division where level = 'VILLAGE') v
                """).param("n", HISTORY).param("open", OPEN_ORDERS).update();
        long unitCount = 2000;
        // real units (county departments of 武侯区 under its social-work department), so notices go where they would
        jdbc.sql("insert into identity_unit (name, kind, region_code) values ('基准测试区委社会工作部', 'SOCIAL_WORK_DEPARTMENT', '510107000000')")
                .update();
        long firstUnit = jdbc.sql("""
                insert into identity_unit (name, kind, region_code)
                select '基准测试部门' || i, 'FUNCTIONAL_DEPARTMENT', '510107000000' from generate_series(1, :units) i
                returning id
                """).param("units", unitCount).query(Long.class).list().stream().min(Long::compare).orElseThrow();
        jdbc.sql("""
                insert into demand_work_order (demand_id, seq, unit_id, role, designated, status, dispatched_at, accept_by,
                  reply_by, return_by)
                select d.id, 0, :first + d.id % :units, 'LEAD', false, 'ACCEPTED', d.received_at, d.received_at + interval '1 day',
                       now() - interval '1 minute', d.received_at + interval '1 day'
                from demand d where d.status = 'ACCEPTED'
                """).param("units", unitCount).param("first", firstUnit).update();
        jdbc.sql("analyze").update();
        System.out.printf("generated %,d demands (%,d open work orders) in %.1f s%n", HISTORY, OPEN_ORDERS,
                (System.nanoTime() - t0) / 1e9);

        // unit inbox, first page, for random units
        DemandQueries queries = ctx.getBean(DemandQueries.class);
        List<Long> inbox = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long unit = firstUnit + ThreadLocalRandom.current().nextLong(unitCount);
            StaffPrincipal p = new StaffPrincipal(1, "bench", "bench", unit, "单位", UnitKind.FUNCTIONAL_DEPARTMENT,
                    RegionCode.of("510107000000"), java.util.Set.of(Role.DEPARTMENT_HANDLER), false);
            long s = System.nanoTime();
            queries.inbox(p, true, 50);
            if (i >= 50) {
                inbox.add(System.nanoTime() - s);
            }
        }
        System.out.printf("unit inbox first page (50 rows of ~%,d open orders per unit): p50 %.1f ms, p95 %.1f ms%n",
                OPEN_ORDERS / unitCount, pct(inbox, 50), pct(inbox, 95));

        // overdue sweep over the open work orders (all already past their reply deadline)
        DeadlineSweep sweep = ctx.getBean(DeadlineSweep.class);
        // the generated deadlines predate the sweep's marks (set when the schema was created): start from a day ago
        jdbc.sql("update demand_sweep_mark set due = now() - interval '1 day', id = 0, seq = 0").update();
        long s = System.nanoTime();
        int marked = sweep.sweep();
        System.out.printf("overdue sweep: %,d rows announced in %.2f s%n", marked, (System.nanoTime() - s) / 1e9);

        // raw single-row insert rate, same database, same concurrency
        jdbc.sql("create table bench_raw (id bigserial primary key, payload text not null, at timestamptz not null)").update();
        double raw = load(CLIENTS, 10, () -> jdbc.sql("insert into bench_raw (payload, at) values (:p, now())")
                .param("p", "历史诉求：小区周边问题反映").update()).perSecond;
        System.out.printf("raw single-row INSERT (JDBC in this JVM), %d clients, 10 s: %.0f rows/s%n", CLIENTS, raw);
        double pgbench = pgbench(ctx.getBean(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl());
        if (pgbench > 0) {
            System.out.printf("raw single-row INSERT (pgbench), %d clients, 10 s: %.0f rows/s%n", CLIENTS, pgbench);
            raw = pgbench;
        }

        // intake through the REST API: validation, locate (address), deadline, PII sealing, audit, commit
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://localhost:" + port;
        String tokenJson = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"Bench#Mark2026\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = tokenJson.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String[] addresses = { "成都市武侯区玉林街道玉林北路1号", "成都市锦江区春熙路街道", "绵阳市涪城区", "凉山州西昌市",
                "成都市郫都区唐昌镇", "乐山市市中区", "宜宾市翠屏区", "南充市顺庆区" };
        AtomicLong n = new AtomicLong();
        Result api = load(CLIENTS, SECONDS, () -> {
            long i = n.incrementAndGet();
            String body = """
                    {"kind":"COMPLAINT","categoryCode":"HJ-01","matter":"夜间施工噪声扰民，第%d次反映","phone":"139%08d","address":"%s"}
                    """.formatted(i, i % 100_000_000, addresses[(int) (i % addresses.length)]);
            try {
                var res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/demands"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 201) {
                    throw new IllegalStateException(res.statusCode() + " " + res.body());
                }
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.printf("REST intake, %d clients, %d s: %.0f demands/s, p50 %.1f ms, p99 %.1f ms (%.1f %% of the raw insert rate)%n",
                CLIENTS, SECONDS, api.perSecond, pct(api.latencies, 50), pct(api.latencies, 99), 100 * api.perSecond / raw);
    }

    private record Result(double perSecond, List<Long> latencies) {
    }

    /**
     * The same single-row insert driven by PostgreSQL's own pgbench (16 clients, 2 threads, 10 s), if a pgbench
     * binary is installed (Debian: postgresql-client); 0 when it is not.
     */
    private static double pgbench(String jdbcUrl) throws Exception {
        java.nio.file.Path binary = null;
        java.nio.file.Path debian = java.nio.file.Path.of("/usr/lib/postgresql");
        if (java.nio.file.Files.isDirectory(debian)) {
            try (var versions = java.nio.file.Files.list(debian)) {
                binary = versions.map(v -> v.resolve("bin/pgbench")).filter(java.nio.file.Files::isExecutable)
                        .max(java.util.Comparator.naturalOrder()).orElse(null);
            }
        }
        if (binary == null) {
            System.out.println("pgbench: not installed (apt-get install postgresql-client); the JDBC figure is the reference");
            return 0;
        }
        var m = java.util.regex.Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(jdbcUrl);
        if (!m.find()) {
            return 0;
        }
        java.nio.file.Path script = java.nio.file.Files.createTempFile("bench-insert", ".sql");
        java.nio.file.Files.writeString(script, "insert into bench_raw (payload, at) values ('历史诉求：小区周边问题反映', now());\n");
        Process p = new ProcessBuilder(binary.toString(), "-n", "-c", String.valueOf(CLIENTS), "-j", "2", "-T", "10",
                "-f", script.toString(), "-h", m.group(1), "-p", m.group(2), "-U", "postgres", m.group(3))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        var tps = java.util.regex.Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!tps.find()) {
            System.out.println("pgbench failed: " + out);
            return 0;
        }
        return Double.parseDouble(tps.group(1));
    }

    private static Result load(int clients, int seconds, Runnable call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> lat = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    call.run();
                    lat.add(System.nanoTime() - s);
                }
                return lat;
            }));
        }
        List<Long> all = new ArrayList<>();
        try {
            for (var f : futures) {
                all.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(all.size() / (double) seconds, all);
    }

    private static double pct(List<Long> nanos, int p) {
        return org.shegong.Benchmarks.percentile(nanos, p);
    }
}
