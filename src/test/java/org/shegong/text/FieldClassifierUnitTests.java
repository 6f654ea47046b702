package org.shegong.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shegong.ArbitraryText;

class FieldClassifierUnitTests {

    /** The suggestions are the log scores made confidences (softmax), best first, adding up to 1. */
    @Test
    void theSuggestionsAreTheLogScoresMadeConfidences() {
        FieldClassifier classifier = FieldClassifier.coldStart();
        for (String text : List.of("包工头拖欠工资三个月了", "小区物业不管电梯维修", "楼下烧烤店油烟大", "")) {
            double[] scores = classifier.logScores(text, null);
            double max = java.util.Arrays.stream(scores).max().orElseThrow();
            double sum = java.util.Arrays.stream(scores).map(s -> Math.exp(s - max)).sum();
            var ranked = classifier.rank(text, Integer.MAX_VALUE);
            assertThat(ranked).hasSize(classifier.fields().size());
            assertThat(ranked.get(0).field()).isEqualTo(classifier.fields().get(indexOfMax(scores)));
            for (var s : ranked) {
                assertThat(s.confidence()).isCloseTo(Math.exp(scores[classifier.fields().indexOf(s.field())] - max) / sum,
                        org.assertj.core.data.Offset.offset(1e-12));
            }
            assertThat(ranked.stream().mapToDouble(FieldClassifier.Suggestion::confidence).sum()).isCloseTo(1.0,
                    org.assertj.core.data.Offset.offset(1e-9));
        }
        // a hint (the field of a danger happening now) raises that field's score alone, by a fixed amount
        int ws = classifier.fields().indexOf("WS");
        double[] plain = classifier.logScores("楼下烧烤店油烟大", null);
        double[] hinted = classifier.logScores("楼下烧烤店油烟大", "WS");
        for (int i = 0; i < plain.length; i++) {
            assertThat(hinted[i] - plain[i]).isCloseTo(i == ws ? 100.0 : 0.0, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(classifier.rank("楼下烧烤店油烟大", 1, "WS").get(0).field()).isEqualTo("WS");
    }

    private static int indexOfMax(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The lexicon words a text contains, found by looking up its runs in a set, are the ones a search per word finds. */
    @Test
    void findsLexiconWordsExactlyAsASearchPerWordWould() throws Exception {
        Map<String, List<String>> lexicon = JudgementEvaluation.catalogueLexicon();
        FieldClassifier classifier = FieldClassifier.over(lexicon);
        List<String> texts = new ArrayList<>(ArbitraryText.strings(300).toList());
        // texts made of lexicon words, so that many are found (also overlapping and repeated ones)
        List<String> words = lexicon.values().stream().flatMap(List::stream).toList();
        java.util.Random random = new java.util.Random(ArbitraryText.SEED);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(6); w++) {
                sb.append(words.get(random.nextInt(words.size()))).append(random.nextBoolean() ? "，" : "");
            }
            texts.add(sb.toString());
        }
        int found = 0;
        for (String text : texts) {
            List<String> features = classifier.features(text);
            assertThat(features.stream().filter(f -> f.startsWith("词:")).collect(java.util.stream.Collectors.toSet())).as(text)
                    .isEqualTo(new java.util.HashSet<>(searchPerWord(lexicon, TextNormal.normalize(text))));
            found += features.stream().anyMatch(f -> f.startsWith("词:")) ? 1 : 0;
        }
        assertThat(found).isGreaterThan(250);
    }

    private static List<String> searchPerWord(Map<String, List<String>> lexicon, String normalized) {
        List<String> out = new ArrayList<>();
        for (List<String> list : lexicon.values()) {
            for (String word : list) {
                if (word.length() > 1 && normalized.contains(word)) {
                    for (int i = 0; i < 3; i++) {
                        out.add("词:" + word);
                    }
                }
            }
        }
        return out;
    }
}
