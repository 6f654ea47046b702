package org.shegong.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shegong.ArbitraryText;

class FieldClassifierUnitTests {

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
