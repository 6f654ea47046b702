package org.shegong.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shegong.text.ChineseText;

/**
 * Repeats: a suggestion whose words are at least {@code threshold} alike ({@link ChineseText#similarity}) to an open
 * one joins that one's group, so the competent organ answers the group once and every proposer gets the answer. The
 * words compared are those of the topic and the proposed measures (the reasons vary most between people).
 */
final class RepeatGrouping {

    /** How many leads, sharing the most words, are compared in full. */
    static final int CANDIDATES = 30;
    /** A word shared by more groups than this does not nominate candidates. */
    static final int COMMON = 2000;

    private final double threshold;

    RepeatGrouping(double threshold) {
        this.threshold = threshold;
    }

    static List<String> words(String topic, String measures) {
        return ChineseText.words(topic + "。" + measures);
    }

    /** The best match among {@code candidates} at or above the threshold. */
    <T> Optional<T> match(List<String> words, List<T> candidates, java.util.function.Function<T, List<String>> wordsOf) {
        T best = null;
        double bestScore = 0;
        for (T c : candidates) {
            double score = ChineseText.similarity(words, wordsOf.apply(c));
            if (score >= threshold && score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Groups a whole batch (a campaign) at once: each item is compared with the leads of the groups formed so far that
     * share one of its words (an inverted index over the leads' words), and joins the best or leads a new group.
     * Returns, per item index, the index of its group's lead.
     */
    int[] groupAll(List<List<String>> items) {
        int[] lead = new int[items.size()];
        Map<String, List<Integer>> leadsByWord = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> w = items.get(i);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String word : w) {
                List<Integer> leads = leadsByWord.get(word);
                // a word in very many groups tells them apart from nothing; the rarer words find the candidates
                if (word.length() < 2 || leads == null || leads.size() > COMMON) {
                    continue;
                }
                for (Integer l : leads) {
                    shared.merge(l, 1, Integer::sum);
                }
            }
            List<Integer> candidates = shared.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()).limit(CANDIDATES)
                    .map(Map.Entry::getKey).toList();
            Optional<Integer> best = match(w, candidates, items::get);
            if (best.isPresent()) {
                lead[i] = best.get();
            } else {
                lead[i] = i;
                for (String word : w) {
                    if (word.length() >= 2) {
                        leadsByWord.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
        return lead;
    }
}
