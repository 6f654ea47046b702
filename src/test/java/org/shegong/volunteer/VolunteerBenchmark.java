package org.shegong.volunteer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.shegong.Benchmarks;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.Role;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (not a test) for volunteer service: 200 clients racing for 50 places on one shift (each sign-up its own
 * transaction through {@link ActivityManagement#signUp}), repeated for several shifts; then certificate PDFs per second.
 * Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.volunteer.VolunteerBenchmark -Dexec.classpathScope=test}
 */
public final class VolunteerBenchmark {

    private static final int CLIENTS = Integer.getInteger("clients", 200);
    private static final int PLACES = Integer.getInteger("places", 50);
    private static final int ROUNDS = Integer.getInteger("rounds", 5);
    private static final int DOCUMENTS = Integer.getInteger("documents", 500);

    public static void main(String[] args) throws Exception {
        Benchmarks.run(VolunteerBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext ctx) throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        Clock clock = ctx.getBean(Clock.class);
        ActivityManagement activities = ctx.getBean(ActivityManagement.class);
        var province = StaffFixtures.provinceAdmin();
        UnitView office = ctx.getBean(UnitManagement.class).create(province, "玉林街道办事处（基准）", UnitKind.TOWNSHIP_OFFICE,
                "510107005000");
        var organizer = StaffFixtures.staff(1, "bench", office.id().value(), office.name(), UnitKind.TOWNSHIP_OFFICE, "510107005000",
                Role.TOWNSHIP_STAFF);
        OrganizationManagement organizations = ctx.getBean(OrganizationManagement.class);
        long org = organizations.register(organizer, "基准志愿服务队").id();
        organizations.decide(province, org, true, "");
        // volunteers straight in SQL: registration's BCrypt is not what is measured here
        jdbc.sql("""
                INSERT INTO volunteer_volunteer (number, name, id_cipher, id_index, id_masked, birth_date, mobile_cipher, mobile_index,
                  mobile_masked, password_hash, region_code, registered_at)
                SELECT 'ZYB' || lpad(i::text, 8, '0'), '志愿者' || i, '\\x00'::bytea, 'bench-id-' || i, '510107********0000',
                  DATE '1990-01-01', '\\x00'::bytea, 'bench-m-' || i, '139****0000', 'x', '510107005001', now()
                FROM generate_series(1, :n) i""").param("n", CLIENTS).update();
        List<Long> volunteers = jdbc.sql("SELECT id FROM volunteer_volunteer WHERE number LIKE 'ZYB%' ORDER BY id")
                .query(Long.class).list();

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Instant start = clock.instant().plus(Duration.ofDays(3));
                long shift = activities.create(organizer, new NewActivity(org, "基准活动" + round, null, "510107005001", "社区",
                        Risk.LOW, false, null, null, List.of(new NewActivity.Shift("志愿者", null, start,
                                start.plus(Duration.ofHours(2)), PLACES)))).shifts().get(0).id();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Long>> futures = new ArrayList<>();
                for (long v : volunteers) {
                    futures.add(pool.submit(() -> {
                        go.await();
                        long s = System.nanoTime();
                        activities.signUp(new VolunteerId(v), shift);
                        return System.nanoTime() - s;
                    }));
                }
                long t0 = System.nanoTime();
                go.countDown();
                List<Long> nanos = new ArrayList<>();
                for (Future<Long> f : futures) {
                    nanos.add(f.get());
                }
                double wall = (System.nanoTime() - t0) / 1e9;
                record Count(long confirmed, long waiting, int taken) {
                }
                Count c = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE g.status = 'CONFIRMED') AS confirmed,
                          count(*) FILTER (WHERE g.status = 'WAITLISTED') AS waiting, max(s.taken) AS taken
                        FROM volunteer_signup g JOIN volunteer_shift s ON s.id = g.shift_id WHERE g.shift_id = :s""")
                        .param("s", shift).query(Count.class).single();
                System.out.printf("round %d: %d clients for %d places in %.2f s = %.0f sign-ups/s; confirmed %d, waitlisted %d, "
                        + "taken %d; latency p50 %.1f ms, p99 %.1f ms%n", round + 1, CLIENTS, PLACES, wall, CLIENTS / wall,
                        c.confirmed(), c.waiting(), c.taken(), Benchmarks.percentile(nanos, 50), Benchmarks.percentile(nanos, 99));
                if (c.confirmed() != PLACES || c.waiting() != CLIENTS - PLACES || c.taken() != PLACES) {
                    throw new IllegalStateException("over- or under-booked: " + c);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        Certificates certificates = ctx.getBean(Certificates.class);
        List<String> content = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            content.add("2026-0" + (1 + i % 9) + "-15 社区助老服务（陪伴员）3.0 小时");
        }
        CertificateView view = new CertificateView("ZYZM-20261130-000001-ABCD", "周小燕", "510107********1234", "ZY51010700000001",
                "玉林街道志愿服务队", 36 * 60, content, clock.instant());
        String url = "https://shegong.example.gov.cn/public/volunteer/certificates/ZYZM-20261130-000001-ABCD";
        for (int i = 0; i < 20; i++) {
            certificates.pdf(view, url);
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long s = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            bytes += certificates.pdf(view, url).length;
        }
        double wall = (System.nanoTime() - s) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf("certificate PDFs (one thread): %,d in %.2f s wall = %.0f/s; %.2f s CPU = %.0f per CPU-second; %.1f KB each%n",
                DOCUMENTS, wall, DOCUMENTS / wall, cpuSeconds, DOCUMENTS / cpuSeconds, bytes / 1024.0 / DOCUMENTS);
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(cores);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            s = System.nanoTime();
            for (int i = 0; i < DOCUMENTS; i++) {
                jobs.add(workers.submit(() -> certificates.pdf(view, url)));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
            wall = (System.nanoTime() - s) / 1e9;
            System.out.printf("certificate PDFs (%d threads): %,d in %.2f s = %.0f/s; load average %.1f%n", cores, DOCUMENTS, wall,
                    DOCUMENTS / wall, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            workers.shutdownNow();
        }
    }
}
