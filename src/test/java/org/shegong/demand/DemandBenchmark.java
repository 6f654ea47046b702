package org.shegong.demand;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.shegong.Role;
import org.shegong.identity.AccountId;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitId;
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
    /** Open demands (the newest); the oldest {@link #OVERDUE} of them are past their reply deadline within the last day. */
    private static final int OPEN = Integer.getInteger("open", 200_000);
    private static final int OVERDUE = Integer.getInteger("overdue", 200_000);
    private static final int CHUNK = Integer.getInteger("chunk", 1_000_000);
    private static final int CLIENTS = 16;
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    /** false: measure a kept data set ({@code -Dbench.data-dir}) without generating. */
    private static final boolean GENERATE = !"false".equals(System.getProperty("generate"));
    /** false: leave the year's tables UNLOGGED after the load (no rewrite through the WAL). */
    private static final boolean LOGGED = !"false".equals(System.getProperty("logged"));
    /** No range is started after this instant (ISO-8601, e.g. 2026-11-30T22:00:00Z): the load stops between ranges. */
    private static final String GENERATE_UNTIL = System.getProperty("generate-until");
    /** Stop after generating (and measuring nothing): {@code -Dmeasure=false}. */
    private static final boolean MEASURE = !"false".equals(System.getProperty("measure"));

    public static void main(String[] args) throws Exception {
        org.shegong.Benchmarks.run(DemandBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext ctx) throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));

        long unitCount = 2000;
        long firstUnit;
        long history;
        long firstDemand;
        if (GENERATE) {
            // real units (county departments of 武侯区 under its social-work department), so notices go where they would
            jdbc.sql("insert into identity_unit (name, kind, region_code) values ('基准测试区委社会工作部', 'SOCIAL_WORK_DEPARTMENT', '510107000000')")
                    .update();
            firstUnit = jdbc.sql("""
                    insert into identity_unit (name, kind, region_code)
                    select '基准测试部门' || i, 'FUNCTIONAL_DEPARTMENT', '510107000000' from generate_series(1, :units) i
                    returning id
                    """).param("units", unitCount).query(Long.class).list().stream().min(Long::compare).orElseThrow();
            long t0 = System.nanoTime();
            int loaded = generate(jdbc, Map.of("n", HISTORY, "open", OPEN, "overdue", Math.min(OVERDUE, OPEN), "units", unitCount,
                    "first_unit", firstUnit, "offset", 0));
            System.out.printf("generated %,d demands of %,d (%,d open, %,d of them overdue) in %.1f s; database %s; %s%n", loaded, HISTORY,
                    OPEN, Math.min(OVERDUE, OPEN), (System.nanoTime() - t0) / 1e9,
                    jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single(), load());
        } else {
            // a kept data set (-Dbench.data-dir, -Dgenerate=false): its units and demands as generated before
            firstUnit = jdbc.sql("select min(id) from identity_unit where name like '基准测试部门%'").query(Long.class).single();
            System.out.printf("kept data set: %,d demands; database %s; %s%n",
                    jdbc.sql("select count(*) from demand").query(Long.class).single(),
                    jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single(), load());
        }
        firstDemand = jdbc.sql("select min(id) from demand where submitted_by = 'bench'").query(Long.class).single();
        history = jdbc.sql("select max(id) from demand where submitted_by = 'bench'").query(Long.class).single() - firstDemand + 1;
        jdbc.sql("""
                select relname, pg_size_pretty(pg_total_relation_size(c.oid)) from pg_class c
                where relkind = 'r' and relname in ('demand', 'demand_work_order', 'demand_timeline', 'demand_text', 'insight_demand',
                  'insight_order', 'insight_unit_month', 'insight_demand_area', 'insight_demand_township') order by pg_total_relation_size(c.oid) desc
                """).query((rs, i) -> rs.getString(1) + " " + rs.getString(2)).list()
                .forEach(t -> System.out.println("  " + t));
        if (!MEASURE) {
            return;
        }

        // -Donly=intake: the intake phase alone (with its raw-insert references), for reruns on kept data
        boolean screens = !"intake".equals(System.getProperty("only"));
        if (screens) {
            screens(ctx, jdbc, firstUnit, unitCount, firstDemand, history);
        }
        intake(ctx, jdbc, port);
    }

    private static void screens(ConfigurableApplicationContext ctx, JdbcClient jdbc, long firstUnit, long unitCount, long firstDemand,
            long history) throws Exception {
        // unit inbox, first page, for random units
        DemandQueries queries = ctx.getBean(DemandQueries.class);
        List<Long> inbox = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long unit = firstUnit + ThreadLocalRandom.current().nextLong(unitCount);
            StaffPrincipal p = new StaffPrincipal(AccountId.of(1), "bench", "bench", UnitId.of(unit), "单位", UnitKind.FUNCTIONAL_DEPARTMENT,
                    RegionCode.of("510107000000"), java.util.Set.of(Role.DEPARTMENT_HANDLER), false);
            long s = System.nanoTime();
            queries.inbox(p, true, 50);
            if (i >= 50) {
                inbox.add(System.nanoTime() - s);
            }
        }
        System.out.printf("unit inbox first page (50 rows of ~%,d open orders per unit): p50 %.1f ms, p95 %.1f ms; %s%n",
                OPEN / unitCount, pct(inbox, 50), pct(inbox, 95), load());

        // the demand page (the whole record: demand, work orders, summons, timeline) for random demands
        DemandManagement management = ctx.getBean(DemandManagement.class);
        List<Long> page = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long id = firstDemand + ThreadLocalRandom.current().nextLong(history);
            long s0 = System.nanoTime();
            management.find(org.shegong.region.Scope.PROVINCE, new DemandId(id));
            if (i >= 50) {
                page.add(System.nanoTime() - s0);
            }
        }
        System.out.printf("demand page (one demand with its orders and timeline): p50 %.1f ms, p95 %.1f ms; %s%n", pct(page, 50),
                pct(page, 95), load());

        // province ranking and hotspots for last month (about a twelfth of the history)
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1);
        org.shegong.insight.Rankings rankings = ctx.getBean(org.shegong.insight.Rankings.class);
        List<Long> ranking = new ArrayList<>();
        int ranked = 0;
        for (int i = 0; i < 13; i++) {
            long s0 = System.nanoTime();
            ranked = rankings.monthly(org.shegong.region.Scope.PROVINCE, month).units().size();
            if (i >= 3) {
                ranking.add(System.nanoTime() - s0);
            }
        }
        System.out.printf("province ranking for %s (%,d units): p50 %.0f ms, max %.0f ms; %s%n", month, ranked, pct(ranking, 50),
                pct(ranking, 100), load());
        org.shegong.insight.Hotspots hotspots = ctx.getBean(org.shegong.insight.Hotspots.class);
        List<Long> hot = new ArrayList<>();
        // what the hotspot page (InsightController) asks: by city, hot grids, candidates — not the by-township call
        List<Long> hotPage = new ArrayList<>();
        List<List<Long>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            long s0 = System.nanoTime();
            hotspots.hotspots(org.shegong.region.Scope.PROVINCE, month, null, 50);
            long s1 = System.nanoTime();
            hotspots.hotspots(org.shegong.region.Scope.PROVINCE, month, org.shegong.region.RegionLevel.TOWNSHIP, 200);
            long s2 = System.nanoTime();
            hotspots.hotGrids(org.shegong.region.Scope.PROVINCE, month, 20);
            long s3 = System.nanoTime();
            hotspots.candidates(org.shegong.region.Scope.PROVINCE, month);
            long s4 = System.nanoTime();
            if (i >= 1) {
                hot.add(s4 - s0);
                hotPage.add((s1 - s0) + (s4 - s2));
                parts.get(0).add(s1 - s0);
                parts.get(1).add(s2 - s1);
                parts.get(2).add(s3 - s2);
                parts.get(3).add(s4 - s3);
            }
        }
        System.out.printf("hotspots for %s, province (by city, by township, hot grids, candidates): p50 %.0f ms, max %.0f ms"
                + " (p50 per call: %.0f, %.0f, %.0f, %.0f ms); %s%n", month, pct(hot, 50), pct(hot, 100), pct(parts.get(0), 50),
                pct(parts.get(1), 50), pct(parts.get(2), 50), pct(parts.get(3), 50), load());
        System.out.printf("hotspot page for %s, province (by city, hot grids, candidates: the page's three calls): p50 %.0f ms, max %.0f ms; %s%n",
                month, pct(hotPage, 50), pct(hotPage, 100), load());
        MergeManagement merges = ctx.getBean(MergeManagement.class);
        List<String> villages = jdbc.sql("select code from bench_village where n <= 2000").query(String.class).list();
        List<Long> checks = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            long s0 = System.nanoTime();
            merges.check(org.shegong.region.Scope.PROVINCE, "HJ-01", villages.get(i % villages.size()), null, null,
                    "楼下烧烤店油烟噪声扰民，晚上熏得不能开窗");
            if (i >= 200) {
                checks.add(System.nanoTime() - s0);
            }
        }
        System.out.printf("duplicate check at intake (busiest 2,000 villages): p50 %.1f ms, p99 %.1f ms; %s%n", pct(checks, 50),
                pct(checks, 99), load());

        // overdue sweep over the open work orders (all already past their reply deadline)
        DeadlineSweep sweep = ctx.getBean(DeadlineSweep.class);
        // the generated deadlines predate the sweep's marks (set when the schema was created): start from a day ago
        jdbc.sql("""
                update demand_sweep_mark set id = 0, seq = 0, due = coalesce((select min(reply_by) from demand_work_order
                  where status in ('DISPATCHED', 'ACCEPTED')), now()) - interval '1 second'
                """).update();
        jdbc.sql("update demand_sweep_mark set due = now() where kind <> 'OVERDUE'").update();
        jdk.jfr.Recording sweepJfr = null;
        if (System.getProperty("jfr") != null) {
            sweepJfr = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            sweepJfr.start();
        }
        String sweepData = jdbc.sql("show data_directory").query(String.class).single();
        long sweepPg0 = pgCpuTicks(sweepData);
        long sweepJvm0 = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long s = System.nanoTime();
        int marked = sweep.sweep();
        double sweepSeconds = (System.nanoTime() - s) / 1e9;
        if (sweepJfr != null) {
            sweepJfr.stop();
            sweepJfr.dump(java.nio.file.Path.of(System.getProperty("jfr") + ".sweep.jfr"));
        }
        System.out.printf("overdue sweep: %,d rows announced in %.2f s = %,.0f rows/s (CPU: this JVM %.2f s, PostgreSQL %.2f s); %s%n",
                marked, sweepSeconds, marked / sweepSeconds,
                (((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() - sweepJvm0) / 1e9, (pgCpuTicks(sweepData) - sweepPg0) / (double) CLOCK_TICKS, load());
        // the listeners turn the batches into notices after each batch commits: wait until every one is done
        long l = System.nanoTime();
        while (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single() > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        System.out.printf("  notices from the sweep's events done %.2f s after the sweep returned%n", (System.nanoTime() - l) / 1e9);

        // retention (-Darchive-before=2026-01-01T00:00:00+08:00): the finished demands received before it move to the archive
        if (System.getProperty("archive-before") != null) {
            java.time.Instant cutOff = java.time.OffsetDateTime.parse(System.getProperty("archive-before")).toInstant();
            long a0 = System.nanoTime();
            int archived = ctx.getBean(DemandArchive.class).archiveBefore(cutOff);
            double archiveSeconds = (System.nanoTime() - a0) / 1e9;
            System.out.printf("archive: %,d finished demands received before %s moved with their rows in %.1f s = %,.0f demands/s; %s%n",
                    archived, cutOff, archiveSeconds, archived / archiveSeconds, load());
        }

    }

    private static void intake(ConfigurableApplicationContext ctx, JdbcClient jdbc, int port) throws Exception {
        // raw single-row insert rate, same database, same concurrency
        // a kept data set (-Dbench.data-dir) has the table of the last run
        jdbc.sql("drop table if exists bench_raw").update();
        jdbc.sql("create table bench_raw (id bigserial primary key, payload text not null, at timestamptz not null)").update();
        double raw = load(CLIENTS, 10, () -> jdbc.sql("insert into bench_raw (payload, at) values (:p, now())")
                .param("p", "历史诉求：小区周边问题反映").update()).perSecond;
        System.out.printf("raw single-row INSERT (JDBC in this JVM), %d clients, 10 s: %.0f rows/s; %s%n", CLIENTS, raw, load());
        System.out.println("database connections: " + (jdbc.sql("select inet_client_addr() is null").query(Boolean.class).single()
                ? "Unix-domain socket" : "TCP") + " (pgbench: TCP)");
        double pgbench = pgbench(ctx.getBean(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl());
        if (pgbench > 0) {
            System.out.printf("raw single-row INSERT (pgbench), %d clients, 10 s: %.0f rows/s; %s%n", CLIENTS, pgbench, load());
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
        // the load generator (-Dclient): "lean" (default since issue 12's third round) = one kept-alive socket per client
        // thread (KeepAliveClient); "jdk" = the JDK HttpClient used before, for comparison. Either way every response is
        // checked: 201 with the tracking code in its body, or the benchmark stops.
        String client = System.getProperty("client", "lean");
        System.out.printf("load generator: %s%n", client.equals("jdk") ? "JDK HttpClient" : "lean keep-alive sockets (KeepAliveClient)");
        ThreadLocal<KeepAliveClient> lean = ThreadLocal.withInitial(() -> new KeepAliveClient("localhost", port));
        java.util.regex.Pattern tracked = java.util.regex.Pattern.compile("\"trackingCode\":\"[^\"]+\"");
        Runnable submitOne = () -> {
            long i = n.incrementAndGet();
            String body = """
                    {"kind":"COMPLAINT","categoryCode":"HJ-01","matter":"夜间施工噪声扰民，第%d次反映","phone":"139%08d","address":"%s"}
                    """.formatted(i, i % 100_000_000, addresses[(int) (i % addresses.length)]);
            try {
                int status;
                String answer;
                if (client.equals("jdk")) {
                    var res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/demands"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    status = res.statusCode();
                    answer = res.body();
                } else {
                    var res = lean.get().post("/api/v1/demands", "Bearer " + token, body);
                    status = res.status();
                    answer = res.body();
                }
                if (status != 201 || !tracked.matcher(answer).find()) {
                    throw new IllegalStateException(status + " " + answer);
                }
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        // the JIT compiles the intake path first: unmeasured warm-up (-Dwarmup seconds, default 15)
        int warmup = Integer.getInteger("warmup", 15);
        if (warmup > 0) {
            load(CLIENTS, warmup, submitOne);
        }
        // what one demand costs in CPU: this JVM (server and load generator) and the PostgreSQL cluster, over the phase
        String pgData = jdbc.sql("show data_directory").query(String.class).single();
        long pgCpu0 = pgCpuTicks(pgData);
        long jvmCpu0 = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long demands0 = jdbc.sql("select count(*) from demand").query(Long.class).single();
        java.util.Map<String, Long> threads0 = threadTicks();
        // what the WAL costs per demand: records, whole pages written after a checkpoint, bytes (PostgreSQL 14+)
        List<Long> wal0 = wal(jdbc);
        boolean statements = jdbc.sql("select count(*) from pg_extension where extname = 'pg_stat_statements' and current_setting('shared_preload_libraries') like '%pg_stat_statements%'").query(Long.class).single() > 0;
        if (statements) {
            jdbc.sql("select pg_stat_statements_reset()").query(Object.class).list();
        }
        jdk.jfr.Recording jfr = null;
        if (System.getProperty("jfr") != null) {
            jfr = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            jfr.start();
        }
        Result api = load(CLIENTS, SECONDS, submitOne);
        if (jfr != null) {
            jfr.stop();
            jfr.dump(java.nio.file.Path.of(System.getProperty("jfr")));
        }
        long jvmCpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() - jvmCpu0;
        long pgCpu = pgCpuTicks(pgData) - pgCpu0;
        long stored = jdbc.sql("select count(*) from demand").query(Long.class).single() - demands0;
        List<Long> wal = wal(jdbc);
        System.out.printf("  WAL per demand over the phase: %.1f records, %.2f full-page images, %,.0f bytes; checkpoints so far %d%n",
                (wal.get(0) - wal0.get(0)) / (double) stored, (wal.get(1) - wal0.get(1)) / (double) stored,
                (wal.get(2) - wal0.get(2)) / (double) stored, wal.get(3));
        if (statements) {
            // -Dshegong.database.embedded.settings.shared_preload_libraries=pg_stat_statements: each statement per demand
            System.out.println("  statements over the phase (calls per demand, mean ms, WAL bytes and full pages per call):");
            jdbc.sql("""
                    select calls, mean_exec_time, wal_bytes / greatest(calls, 1) as wal, wal_fpi / greatest(calls, 1)::float as fpi,
                      left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query
                    from pg_stat_statements where calls > 0 order by total_exec_time desc limit 15
                    """).query((rs, row) -> String.format("    %6.2f × %6.3f ms, %6.0f B, %4.2f fpi: %s", rs.getLong(1) / (double) stored,
                            rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getString(5)))
                    .list().forEach(System.out::println);
        }
        System.out.printf("REST intake, %d clients, %d s: %.0f demands/s, p50 %.1f ms, p99 %.1f ms (%.1f %% of the raw insert rate); %s%n",
                CLIENTS, SECONDS, api.perSecond, pct(api.latencies, 50), pct(api.latencies, 99), 100 * api.perSecond / raw, load());
        System.out.printf("  CPU per demand over the phase (%,d stored): this JVM %.0f µs (server + load generator), PostgreSQL %.0f µs%n",
                stored, jvmCpu / 1e3 / stored, pgCpu * 1e6 / CLOCK_TICKS / stored);
        java.util.Map<String, Long> threads = threadTicks();
        StringBuilder split = new StringBuilder("  JVM CPU per demand by thread group:");
        threads.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
            long ticks = e.getValue() - threads0.getOrDefault(e.getKey(), 0L);
            if (ticks > 0) {
                split.append(String.format(" %s %.0f µs;", e.getKey(), ticks * 1e6 / CLOCK_TICKS / stored));
            }
        });
        split.append(String.format(" client threads (load generator, ended) %.0f µs;", CLIENT_CPU.get() / 1e3 / stored));
        System.out.println(split);
        System.out.println("  (the load generator is the client threads, plus HttpClient-N-* with -Dclient=jdk; CN CompilerThre = the JIT)");
    }

    /** CPU ticks of this JVM's threads, grouped by name without digits (Linux /proc/self/task). */
    static java.util.Map<String, Long> threadTicks() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var dir : (Iterable<java.nio.file.Path>) tasks::iterator) {
                try {
                    String stat = java.nio.file.Files.readString(dir.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "N");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended while we read
                }
            }
        } catch (java.io.IOException e) {
            return out;
        }
        return out;
    }

    private static final long CLOCK_TICKS = 100;

    /** WAL records, full-page images and bytes written since the statistics were last reset, and the checkpoints. */
    static List<Long> wal(JdbcClient jdbc) {
        return jdbc.sql("""
                select wal_records, wal_fpi, wal_bytes::bigint, (select num_timed + num_requested from pg_stat_checkpointer)
                from pg_stat_wal""")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    /** The machine's load average now (1, 5, 15 minutes), printed with every figure: the cores are shared. */
    static String load() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return "load average " + f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "load average unknown";
        }
    }

    /** CPU ticks used by the cluster: the postmaster, its reaped children and its live children (Linux /proc). */
    static long pgCpuTicks(String dataDir) {
        try {
            long postmaster = Long.parseLong(java.nio.file.Files.readAllLines(java.nio.file.Path.of(dataDir, "postmaster.pid")).get(0).strip());
            long total = 0;
            try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                for (var dir : (Iterable<java.nio.file.Path>) procs::iterator) {
                    if (!dir.getFileName().toString().chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = java.nio.file.Files.readString(dir.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long pid = Long.parseLong(dir.getFileName().toString());
                        long ppid = Long.parseLong(f[1]);
                        if (pid == postmaster) {
                            total += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                        } else if (ppid == postmaster) {
                            total += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        }
                    } catch (java.io.IOException | RuntimeException gone) {
                        // the process ended while we read
                    }
                }
            }
            return total;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private record Result(double perSecond, List<Long> latencies) {
    }

    /**
     * Runs {@code bench/demand-year.sql} step by step: the steps before the first [chunk] step once, then every [chunk]
     * step for one range of {@link #CHUNK} demands after another, the newest range first (each step its own statement
     * and transaction), then the remaining steps once. With {@code -Dgenerate-until} no range starts after that
     * instant, so the data set stops at a range boundary: consistent, only shorter. Returns the demands generated.
     */
    static int generate(JdbcClient jdbc, Map<String, Object> params) throws java.io.IOException {
        String script;
        try (var in = DemandBenchmark.class.getResourceAsStream("/bench/demand-year.sql")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String[] parts = script.split("(?m)^-- step: ");
        List<String[]> before = new ArrayList<>();
        List<String[]> chunk = new ArrayList<>();
        List<String[]> after = new ArrayList<>();
        for (int p = 1; p < parts.length; p++) {
            String name = parts[p].substring(0, parts[p].indexOf('\n'));
            String sql = parts[p].substring(parts[p].indexOf('\n') + 1).strip();
            sql = sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
            (name.contains("[chunk]") ? chunk : chunk.isEmpty() ? before : after).add(new String[] { name, sql });
        }
        int n = ((Number) params.get("n")).intValue();
        java.time.Instant until = GENERATE_UNTIL == null ? null : java.time.Instant.parse(GENERATE_UNTIL);
        for (String[] step : before) {
            run(jdbc, step, params);
        }
        java.util.Map<String, Long> spent = new java.util.LinkedHashMap<>();
        int loaded = 0;
        for (int to = n; to >= 1; to -= CHUNK) {
            if (until != null && java.time.Instant.now().isAfter(until)) {
                System.out.printf("  stopped at %s (-Dgenerate-until): %,d of %,d demands, the newest%n", java.time.Instant.now(), loaded, n);
                break;
            }
            int from = Math.max(1, to - CHUNK + 1);
            long r0 = System.nanoTime();
            for (String[] step : chunk) {
                long s = System.nanoTime();
                jdbc.sql(step[1]).params(params).param("from", from).param("to", to).update();
                spent.merge(step[0], System.nanoTime() - s, Long::sum);
            }
            loaded += to - from + 1;
            System.out.printf("  range %,d … %,d: %.1f s (%,d loaded); %s%n", from, to, (System.nanoTime() - r0) / 1e9, loaded, load());
        }
        spent.forEach((name, nanos) -> System.out.printf("  %s: %.1f s%n", name, nanos / 1e9));
        for (String[] step : after) {
            if (step[0].contains("[logged]") && !LOGGED) {
                System.out.printf("  %s: skipped (-Dlogged=false)%n", step[0]);
                continue;
            }
            run(jdbc, step, params);
        }
        return loaded;
    }

    private static void run(JdbcClient jdbc, String[] step, Map<String, Object> params) {
        long s = System.nanoTime();
        if (step[1].startsWith("SELECT")) {
            jdbc.sql(step[1]).params(params).query().listOfRows();
        } else {
            jdbc.sql(step[1]).params(params).update();
        }
        System.out.printf("  %s: %.1f s; %s%n", step[0], (System.nanoTime() - s) / 1e9, load());
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

    /**
     * CPU of the client threads of the last {@link #load} (nanoseconds): they end with their pool, before the per-thread
     * figures are read from /proc, so each adds its own.
     */
    private static final AtomicLong CLIENT_CPU = new AtomicLong();

    private static Result load(int clients, int seconds, Runnable call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> futures = new ArrayList<>();
        CLIENT_CPU.set(0);
        var threadCpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long cpu0 = threadCpu.getCurrentThreadCpuTime();
                List<Long> lat = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    call.run();
                    lat.add(System.nanoTime() - s);
                }
                CLIENT_CPU.addAndGet(threadCpu.getCurrentThreadCpuTime() - cpu0);
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
