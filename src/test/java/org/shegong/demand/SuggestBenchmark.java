package org.shegong.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.shegong.Benchmarks;
import org.shegong.region.Scope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Latency of the suggestions while typing at province scale: {@code -Dhistory=} demands (default 1,000,000) spread
 * over every village of Sichuan across a year, their texts taken from the development set (so repeats are found
 * and compared, not skipped), each with its intake lesson; then {@code -Dcalls=} (default 1,000) suggestions
 * with a text and a village, measured end to end in the service (classifier, emergency, place, repeats query and
 * comparison). Run:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.demand.SuggestBenchmark -Dexec.classpathScope=test}
 */
public final class SuggestBenchmark {

    private SuggestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Benchmarks.run(SuggestBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext ctx) throws Exception {
        int history = Integer.getInteger("history", 1_000_000);
        int calls = Integer.getInteger("calls", 1_000);
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        List<String> texts = org.shegong.text.JudgementEvaluation.load().stream()
                .map(org.shegong.text.JudgementEvaluation.Item::text).toList();
        List<String> villages = jdbc.sql("select code from region_division where level = 'VILLAGE' order by code")
                .query(String.class).list();
        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into demand (tracking_code, kind, limit_class, channel, region_code, category_code, matter, phone_cipher,
                  phone_index, phone_masked, status, received_at, dispatch_by, version)
                select 'S' || lpad(i::text, 13, '0'), 'COMPLAINT', 'ORDINARY', 'HOTLINE',
                       v.codes[1 + ((i::bigint * 7919) % array_length(v.codes, 1))::int],
                       (array['CJ-05','CJ-02','HJ-01','ZF-01','SC-01','JT-03','ZA-03','LD-01','NY-04','WS-01'])[1 + i % 10],
                       t.texts[1 + ((i::bigint * 104729) % array_length(t.texts, 1))::int],
                       '\\x00'::bytea, md5(i::text), '138****0000', 'ACCEPTED',
                       now() - make_interval(mins => i % 525600), now() + interval '24 hours', 1
                from generate_series(1, :n) i,
                     (select array_agg(code order by code) as codes from region_division where level = 'VILLAGE') v,
                     (select string_to_array(:texts, chr(31)) as texts) t
                """).param("n", history).param("texts", String.join("\u001f", texts)).update();
        jdbc.sql("""
                insert into demand_text (demand_id, category_code, area_code, received_at, tokens)
                select id, category_code, region_code, received_at, '{}' from demand where tracking_code like 'S%'
                """).update();
        jdbc.sql("""
                insert into demand_lesson (demand_id, label, source)
                select id, category_code, 'INTAKE' from demand where tracking_code like 'S%'
                """).update();
        jdbc.sql("analyze demand").update();
        jdbc.sql("analyze demand_text").update();
        System.out.printf("history: %,d demands, texts and lessons inserted in %.0f s%n", history, (System.nanoTime() - t0) / 1e9);

        IntakeJudgement judgement = ctx.getBean(IntakeJudgement.class);
        // the model was built at start-up, before the history existed: build it again from the latest lessons, as a
        // restart or a catalogue change would
        judgement.forget();
        long b0 = System.nanoTime();
        judgement.suggest(Scope.PROVINCE, new IntakeJudgement.Typed("预热", null, null, null), false);
        System.out.printf("model build (catalogue + the latest %,d lessons): %.1f s%n", IntakeJudgement.KEPT_LESSONS,
                (System.nanoTime() - b0) / 1e9);
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            judgement.suggest(Scope.PROVINCE, new IntakeJudgement.Typed(texts.get(random.nextInt(texts.size())), null,
                    villages.get(random.nextInt(villages.size())), null), true);
        }
        List<Long> nanos = new ArrayList<>();
        int repeats = 0;
        for (int i = 0; i < calls; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            String village = villages.get(random.nextInt(villages.size()));
            long s = System.nanoTime();
            var advice = judgement.suggest(Scope.PROVINCE, new IntakeJudgement.Typed(text, null, village, null), true);
            nanos.add(System.nanoTime() - s);
            repeats += advice.repeats().size();
        }
        long candidates = jdbc.sql("select count(*) from demand_text where received_at >= now() - interval '30 days'")
                .query(Long.class).single();
        System.out.printf("suggest (%,d calls, %,d demands in the 30-day window, %d repeats offered): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                calls, candidates, repeats, Benchmarks.percentile(nanos, 50), Benchmarks.percentile(nanos, 95),
                Benchmarks.percentile(nanos, 99));
    }
}
