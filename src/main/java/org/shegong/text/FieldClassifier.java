package org.shegong.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Suggests the field (top-level category) of a demand from its text: a multinomial naive Bayes over the text's
 * characters and character pairs (robust to how a word is segmented, to dialect spellings and typos), started from a
 * curated lexicon ({@code text/field-lexicon.txt}) and taught by every demand whose category an operator settled.
 * Thread-safe: learning adds counts atomically; ranking reads a consistent-enough snapshot.
 */
public final class FieldClassifier {

    /** One suggestion: the field and how sure, 0…1 (the suggestions of one text add up to 1). */
    public record Suggestion(String field, double confidence) {
    }

    /** A lexicon word counts as this many demands that used it. */
    private static final double LEXICON_WEIGHT = 2.0;
    private static final double SMOOTHING = 0.1;
    /** A lexicon word found whole counts as three features: it is surer than any one character pair. */
    private static final int WORD_REPEAT = 3;

    private final List<String> fields;
    private final Map<String, Map<String, Double>> counts = new ConcurrentHashMap<>();
    private final Map<String, Double> totals = new ConcurrentHashMap<>();
    private final Map<String, Double> documents = new ConcurrentHashMap<>();
    private final Map<String, List<String>> lexicon;
    private final Map<String, Boolean> vocabulary = new ConcurrentHashMap<>();
    /** The lexicon's words longer than one character, in the lexicon's order (one entry per label that lists it). */
    private final String[] entries;
    /** For each first character, the indexes into {@link #entries} of the words that start with it. */
    private final Map<Character, int[]> entriesByFirst;

    private FieldClassifier(Map<String, List<String>> lexicon) {
        this.lexicon = lexicon;
        this.fields = List.copyOf(lexicon.keySet());
        List<String> words = new ArrayList<>();
        Map<Character, List<Integer>> byFirst = new java.util.HashMap<>();
        for (List<String> list : lexicon.values()) {
            for (String word : list) {
                if (word.length() > 1) {
                    byFirst.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(words.size());
                    words.add(word);
                }
            }
        }
        this.entries = words.toArray(String[]::new);
        Map<Character, int[]> index = new java.util.HashMap<>();
        byFirst.forEach((c, list) -> index.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
        this.entriesByFirst = index;
        for (String field : fields) {
            counts.put(field, new ConcurrentHashMap<>());
            totals.put(field, 0.0);
            documents.put(field, 1.0);
            for (String word : lexicon.get(field)) {
                add(field, features(word), LEXICON_WEIGHT);
            }
        }
    }

    /**
     * A classifier over any labels (the catalogue's items and categories), each started from its own words
     * (keywords, synonyms, dialect). Labels are kept in the map's order.
     */
    public static FieldClassifier over(Map<String, List<String>> lexicon) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        lexicon.forEach((label, words) -> copy.put(label, List.copyOf(words)));
        return new FieldClassifier(copy);
    }

    /** Every word of the lexicon the classifier started from. */
    public java.util.Set<String> lexiconWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        lexicon.values().forEach(out::addAll);
        return out;
    }

    /** Whether this label is one the classifier ranks. */
    public boolean knows(String label) {
        return counts.containsKey(label);
    }

    /**
     * Learns from a text whose label is settled, counting it {@code weight} times (an operator's correction of a
     * suggestion weighs more than a plain intake); a label the classifier does not rank is ignored.
     */
    public boolean learn(String text, String label, double weight) {
        if (!counts.containsKey(label) || weight <= 0) {
            return false;
        }
        documents.merge(label, weight, Double::sum);
        add(label, features(text), weight);
        return true;
    }

    /** A classifier that knows only the shipped lexicon. */
    public static FieldClassifier coldStart() {
        return new FieldClassifier(readLexicon());
    }

    public List<String> fields() {
        return fields;
    }

    /** Learns from a demand whose field is settled (the category finally used, or corrected after a return). */
    public void learn(String text, String field) {
        if (!counts.containsKey(field)) {
            throw new IllegalArgumentException("unknown field " + field);
        }
        documents.merge(field, 1.0, Double::sum);
        add(field, features(text), 1.0);
    }

    /**
     * Learns a text under the likeliest of {@code labels} for it (the one {@link #bestOf} names), reading the text's
     * features once for both; returns that label.
     */
    public String learnBestOf(String text, List<String> labels, double weight) {
        List<String> f = features(text);
        String best = bestOf(f, labels);
        if (counts.containsKey(best) && weight > 0) {
            documents.merge(best, weight, Double::sum);
            add(best, f, weight);
        }
        return best;
    }

    /** Of these labels, the one most likely for this text (the first when none is known). */
    public String bestOf(String text, List<String> labels) {
        return bestOf(features(text), labels);
    }

    private String bestOf(List<String> f, List<String> labels) {
        double v = Math.max(1, vocabulary.size());
        String best = labels.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String label : labels) {
            Map<String, Double> c = counts.get(label);
            if (c == null) {
                continue;
            }
            double total = totals.get(label);
            double score = Math.log(documents.get(label));
            for (String feature : f) {
                score += Math.log((c.getOrDefault(feature, 0.0) + SMOOTHING) / (total + SMOOTHING * v));
            }
            if (score > bestScore) {
                bestScore = score;
                best = label;
            }
        }
        return best;
    }

    /** The fields most likely for this text, best first. */
    public List<Suggestion> rank(String text, int limit) {
        List<String> f = features(text);
        double docs = documents.values().stream().mapToDouble(Double::doubleValue).sum();
        double v = Math.max(1, vocabulary.size());
        Map<String, Double> log = new LinkedHashMap<>();
        for (String field : fields) {
            Map<String, Double> c = counts.get(field);
            double total = totals.get(field);
            double score = Math.log(documents.get(field) / docs);
            for (String feature : f) {
                score += Math.log((c.getOrDefault(feature, 0.0) + SMOOTHING) / (total + SMOOTHING * v));
            }
            log.put(field, score);
        }
        double max = log.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum = log.values().stream().mapToDouble(s -> Math.exp(s - max)).sum();
        List<Suggestion> out = new ArrayList<>();
        log.forEach((field, s) -> out.add(new Suggestion(field, Math.exp(s - max) / sum)));
        out.sort(Comparator.comparingDouble(Suggestion::confidence).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    private void add(String field, List<String> features, double weight) {
        Map<String, Double> c = counts.get(field);
        for (String feature : features) {
            c.merge(feature, weight, Double::sum);
            vocabulary.putIfAbsent(feature, Boolean.TRUE);
        }
        totals.merge(field, weight * features.size(), Double::sum);
    }

    /** Characters and character pairs of the Chinese (and alphanumeric) runs, plus whole lexicon words found. */
    List<String> features(String text) {
        String t = TextNormal.normalize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            out.add(String.valueOf(c));
            if (i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1))) {
                out.add(t.substring(i, i + 2));
            }
        }
        // every lexicon entry the text contains, in the lexicon's order: found by the words starting at each position
        // instead of searching the text once per lexicon word
        java.util.BitSet found = new java.util.BitSet(entries.length);
        for (int i = 0; i < t.length(); i++) {
            int[] candidates = entriesByFirst.get(t.charAt(i));
            if (candidates != null) {
                for (int e : candidates) {
                    if (!found.get(e) && t.startsWith(entries[e], i)) {
                        found.set(e);
                    }
                }
            }
        }
        for (int e = found.nextSetBit(0); e >= 0; e = found.nextSetBit(e + 1)) {
            String feature = "词:" + entries[e];
            for (int i = 0; i < WORD_REPEAT; i++) {
                out.add(feature);
            }
        }
        return out;
    }

    static Map<String, List<String>> readLexicon() {
        Map<String, List<String>> lexicon = new LinkedHashMap<>();
        try (InputStream in = FieldClassifier.class.getResourceAsStream("/text/field-lexicon.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                lexicon.put(line.substring(0, colon).strip(), List.of(line.substring(colon + 1).strip().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }
}
