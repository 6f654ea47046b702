package org.shegong.text;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the repeat rule costs a compared pair: every same-field pair of a labelled set through
 * {@link RepeatSimilarity#offered}, best of seven passes, one core (docs/benchmarks.md, issue 11).
 * {@code -Ddata=file.json} picks the set (set 24 by default).
 */
public final class RepeatCostBenchmark {

    private RepeatCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var items = JudgementEvaluation.load(System.getProperty("data", "src/test/resources/text/demand-set24.json"));
        CatalogueClassifier catalogue = JudgementEvaluation.catalogueModel();
        var rarity = RepeatSimilarity.rarityOver(items.stream().map(JudgementEvaluation.Item::text).toList());
        List<Map<String, Double>> vectors = items.stream().map(i -> RepeatSimilarity.vector(i.text(), rarity)).toList();
        long best = Long.MAX_VALUE;
        int pairs = 0;
        for (int pass = 0; pass < 7; pass++) {
            long start = System.nanoTime();
            pairs = 0;
            for (int x = 0; x < items.size(); x++) {
                for (int y = x + 1; y < items.size(); y++) {
                    if (!items.get(x).field().equals(items.get(y).field())) {
                        continue;
                    }
                    RepeatSimilarity.offered(RepeatSimilarity.overlap(vectors.get(x), vectors.get(y)), catalogue, JudgementEvaluation.addressed(items.get(x)),
                            JudgementEvaluation.addressed(items.get(y)), Duration.between(items.get(y).receivedAt(), items.get(x).receivedAt()));
                    pairs++;
                }
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%d same-field pairs, best of seven passes: %.1f µs a pair%n", pairs, best / 1000.0 / pairs);
    }
}
