package org.shegong.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (not a test) for 信访: the never-again / duplicate check at registration over 500,000 past petitions
 * (200,000 petitioners, so each has a few earlier matters), and PDF notice generation. Run:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.petition.PetitionBenchmark -Dexec.classpathScope=test}
 */
public final class PetitionBenchmark {

    private static final int HISTORY = Integer.getInteger("history", 500_000);
    private static final int PETITIONERS = 200_000;
    private static final int CHECKS = Integer.getInteger("checks", 5_000);
    private static final int DOCUMENTS = Integer.getInteger("documents", 1_000);

    public static void main(String[] args) throws Exception {
        org.shegong.Benchmarks.run(PetitionBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext ctx) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into petition (case_number, tracking_code, channel, group_visit, region_code, matter, category, route, status,
                  receiving_unit_id, received_at, concluded_at, version)
                select 'XFB-' || i, 'XB' || lpad(i::text, 10, '0'), 'LETTER', false, '510107005000',
                       (array['小区电梯停运多月无人维修，物业公司不作为','拆迁安置房多年未办理产权证','征地补偿款未足额发放到户',
                              '企业拖欠农民工工资，劳动监察不处理','村道路灯损坏，夜间出行不安全','学校周边违规占道经营',
                              '医保报销比例与政策不符','低保资格被取消未说明理由'])[1 + i % 8] || '（第' || i || '件）',
                       'CLAIM', 6, case when i % 3 = 0 then 'CONCLUDED' when i % 3 = 1 then 'ACCEPTED' else 'DECIDED' end,
                       1, now() - make_interval(days => i % 1000), case when i % 3 = 0 then now() end, 1
                from generate_series(1, :n) i
                """).param("n", HISTORY).update();
        jdbc.sql("""
                insert into petition_petitioner (petition_id, seq, name, id_index, id_masked, representative)
                select p.id, 0, '信访人', md5('rid' || (p.id % :people)), '510107********0000', false from petition p
                """).param("people", PETITIONERS).update();
        jdbc.sql("analyze").update();
        System.out.printf("generated %,d petitions of %,d petitioners in %.1f s%n", HISTORY, PETITIONERS, (System.nanoTime() - t0) / 1e9);

        RepeatPolicy repeats = ctx.getBean(RepeatPolicy.class);
        String[] matters = { "物业公司不作为，小区电梯停运多月一直无人维修", "反映拆迁安置房多年未办理产权证的问题", "新问题：小区垃圾清运不及时" };
        List<Long> nanos = new ArrayList<>();
        int blocked = 0;
        for (int i = 0; i < CHECKS + 200; i++) {
            String index = md5("rid" + ThreadLocalRandom.current().nextInt(PETITIONERS));
            long s = System.nanoTime();
            List<EarlierPetition> earlier = repeats.earlier(List.of(index), matters[i % matters.length], Instant.now(), null);
            long e = System.nanoTime() - s;
            if (i >= 200) {
                nanos.add(e);
                blocked += earlier.stream().anyMatch(EarlierPetition::concluded) ? 1 : 0;
            }
        }
        Collections.sort(nanos);
        System.out.printf("never-again check over %,d petitions: %,d checks, p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d would block)%n",
                HISTORY, CHECKS, nanos.get(CHECKS / 2) / 1e6, nanos.get((int) (CHECKS * 0.99)) / 1e6, nanos.get(CHECKS - 1) / 1e6,
                blocked);

        PetitionDocuments documents = ctx.getBean(PetitionDocuments.class);
        List<String> paragraphs = List.of("张大爷等3人：",
                "你（们）于2025年9月16日通过来信提出的信访事项（登记编号 XF510107-20250916-000123）已由武侯区住房和城乡建设局于2025年9月18日受理。",
                "依照《信访工作条例》第三十四条，本机关将自受理之日起60日内办结，办理期限至2025年11月17日。",
                "一、查明事实：" + "经查，该小区电梯维保合同已于2025年3月到期，物业服务企业未及时续签，导致电梯停运。".repeat(4),
                "二、处理理由：物业服务企业应当按照物业服务合同约定履行电梯维护保养义务。",
                "三、法律依据：《特种设备安全法》第三十九条、《物业管理条例》第三十五条。");
        for (int i = 0; i < 20; i++) {
            documents.render(new PetitionDocuments.Content("信访处理意见书", "XF510107-20250916-" + i, paragraphs, "武侯区住房和城乡建设局", "2025年10月9日"));
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long s = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            bytes += documents.render(new PetitionDocuments.Content("信访处理意见书", "XF510107-20250916-" + i, paragraphs,
                    "武侯区住房和城乡建设局", "2025年10月9日")).length;
        }
        double secs = (System.nanoTime() - s) / 1e9;
        double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf("PDF generation (one thread): %,d documents in %.2f s wall = %.0f documents/s; %.2f s CPU = %.0f documents"
                + " per CPU-second; %.1f KB each; load average %.1f%n", DOCUMENTS, secs, DOCUMENTS / secs, cpuSecs,
                DOCUMENTS / cpuSecs, bytes / 1024.0 / DOCUMENTS,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int workers = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        try {
            List<java.util.concurrent.Future<?>> warm = new ArrayList<>();
            for (int i = 0; i < workers * 5; i++) {
                warm.add(pool.submit(() -> documents.render(new PetitionDocuments.Content("信访处理意见书", "XF-warm", paragraphs,
                        "武侯区住房和城乡建设局", "2025年10月9日"))));
            }
            for (var f : warm) {
                f.get();
            }
            long p0 = System.nanoTime();
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                String number = "XF510107-20250916-" + i;
                all.add(pool.submit(() -> documents.render(new PetitionDocuments.Content("信访处理意见书", number, paragraphs,
                        "武侯区住房和城乡建设局", "2025年10月9日"))));
            }
            for (var f : all) {
                f.get();
            }
            double parallel = (System.nanoTime() - p0) / 1e9;
            System.out.printf("PDF generation (%d threads): %,d documents in %.2f s = %.0f documents/s%n", workers, DOCUMENTS,
                    parallel, DOCUMENTS / parallel);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static String md5(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
