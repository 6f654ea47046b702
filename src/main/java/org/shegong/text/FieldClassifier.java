package org.shegong.text;

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
    /**
     * A label's own lexicon word found whole in a text adds this much (per character, up to four) to the label's log
     * score: a curated word ("加油机", "公益性岗位") is surer evidence than the character pairs a few hundred past
     * demands happen to share. Chosen on the development set's cross-validation (0.5–4 all within two points).
     */
    private static final double OWN_WORD_BONUS = 3.0;
    /**
     * The same bonus for the fields ({@link #complement}), chosen by leaving each of the five labelled sets out in
     * turn (2–3 within 0.3 points of each other; docs/benchmarks.md, "Field suggestion, sixth round"); the items keep
     * {@link #OWN_WORD_BONUS}.
     */
    private static final double FIELD_WORD_BONUS = 2.5;
    /**
     * The share of the complement's evidence when {@link #complement} (the rest is plain naive Bayes). Chosen by
     * leaving each of the five labelled sets out in turn (0.5 is 0.1–0.3 points lower; 0.55–0.7 within 0.3
     * points of each other in a grid that counted each feature once per text; 1, pure complement, fell 1.7 points on
     * the development set alone).
     */
    private static final double COMPLEMENT_SHARE = 0.6;
    /** How much a hinted label is favoured (e.g. the field of a danger happening now): all but decides. */
    private static final double HINT_BONUS = 100.0;

    private final List<String> fields;
    private final Map<String, Map<String, Double>> counts = new ConcurrentHashMap<>();
    private final Map<String, Double> totals = new ConcurrentHashMap<>();
    private final Map<String, Double> documents = new ConcurrentHashMap<>();
    private final Map<String, List<String>> lexicon;
    private final Map<String, Boolean> vocabulary = new ConcurrentHashMap<>();
    /** Every lexicon word of two characters or more, once (a text holding it gets the word as a feature). */
    private final LexiconWords words;
    /** The labels whose own lexicon holds each word. */
    private final Map<String, List<String>> labelsOf = new java.util.HashMap<>();

    /** Whether runs of three characters are features too (a little surer, a third more work per label). */
    private final boolean triples;
    /**
     * Whether the evidence is half complement naive Bayes (for a few labels of uneven sizes, e.g. the fields): how
     * unlike the other labels' texts a text is, besides how like the label's own (Rennie et al. 2003, "Tackling the
     * poor assumptions of naive Bayes text classifiers"). A label started from many lexicon words or taught many
     * texts has a flatter distribution of features, which plain naive Bayes holds against it; the complement of a
     * label pools the other eleven, so it is estimated from much more text and about equally for every label.
     */
    private final boolean complement;
    /** A label's own lexicon word's bonus per character: {@link #FIELD_WORD_BONUS} for the fields, else {@link #OWN_WORD_BONUS}. */
    private final double wordBonus;

    private FieldClassifier(Map<String, List<String>> lexicon) {
        this(lexicon, false);
    }

    private FieldClassifier(Map<String, List<String>> lexicon, boolean triples) {
        this.lexicon = lexicon;
        this.triples = triples;
        this.complement = triples;
        this.wordBonus = triples ? FIELD_WORD_BONUS : OWN_WORD_BONUS;
        this.fields = List.copyOf(lexicon.keySet());
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        lexicon.forEach((label, ws) -> ws.stream().filter(w -> w.length() > 1).forEach(w -> {
            all.add(w);
            List<String> labels = labelsOf.computeIfAbsent(w, k -> new ArrayList<>());
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }));
        this.words = new LexiconWords(all);
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
        return over(lexicon, false);
    }

    /**
     * As {@link #over(Map)}, with runs of three characters as features too and half of the evidence from complement
     * naive Bayes (for a few labels, e.g. the fields).
     */
    public static FieldClassifier over(Map<String, List<String>> lexicon, boolean triples) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        lexicon.forEach((label, words) -> copy.put(label, List.copyOf(words)));
        return new FieldClassifier(copy, triples);
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

    /** A classifier of the fields that knows only the shipped lexicon (text/field-lexicon.txt). */
    public static FieldClassifier coldStart() {
        return over(FieldLexicon.shipped().words(), true);
    }

    public List<String> fields() {
        return fields;
    }

    /** Learns from a demand whose field is settled (the category finally used, or corrected after a return). */
    public void learn(String text, String field) {
        if (!learn(text, field, 1)) {
            throw new IllegalArgumentException("unknown field " + field);
        }
    }

    /** Of these labels, the one most likely for this text (the first when none is known). */
    public String bestOf(String text, List<String> labels) {
        List<String> f = features(text);
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

    /** The labels most likely for this text, best first. */
    public List<Suggestion> rank(String text, int limit) {
        return rank(text, limit, null);
    }

    /** As {@link #rank(String, int)}, favouring {@code hint} (a label the text is known to point to, e.g. by a danger). */
    public List<Suggestion> rank(String text, int limit, @org.jspecify.annotations.Nullable String hint) {
        double[] scores = logScores(text, hint);
        double max = java.util.Arrays.stream(scores).max().orElse(0);
        double sum = java.util.Arrays.stream(scores).map(s -> Math.exp(s - max)).sum();
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            out.add(new Suggestion(fields.get(i), Math.exp(scores[i] - max) / sum));
        }
        out.sort(Comparator.comparingDouble(Suggestion::confidence).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** Each label's log score (in {@link #fields()}' order, up to a constant) for this text. */
    double[] logScores(String text, @org.jspecify.annotations.Nullable String hint) {
        String normal = TextNormal.normalize(text);
        java.util.Set<String> found = words.in(normal);
        List<String> f = features(normal, found);
        Map<String, Double> bonus = new java.util.HashMap<>();
        for (String word : found) {
            for (String label : labelsOf.get(word)) {
                bonus.merge(label, wordBonus * Math.min(word.length(), 4), Double::sum);
            }
        }
        double docs = documents.values().stream().mapToDouble(Double::doubleValue).sum();
        double v = Math.max(1, vocabulary.size());
        int n = fields.size();
        double[] likelihood = new double[n];
        double[] unlike = new double[n];
        double[] total = new double[n];
        double allTotal = 0;
        for (int i = 0; i < n; i++) {
            total[i] = totals.get(fields.get(i));
            allTotal += total[i];
        }
        double[] count = new double[n];
        for (String feature : f) {
            double all = 0;
            for (int i = 0; i < n; i++) {
                count[i] = counts.get(fields.get(i)).getOrDefault(feature, 0.0);
                all += count[i];
            }
            for (int i = 0; i < n; i++) {
                likelihood[i] += Math.log((count[i] + SMOOTHING) / (total[i] + SMOOTHING * v));
                if (complement) {
                    unlike[i] -= Math.log((all - count[i] + SMOOTHING) / (allTotal - total[i] + SMOOTHING * v));
                }
            }
        }
        double[] log = new double[n];
        for (int i = 0; i < n; i++) {
            String field = fields.get(i);
            double evidence = complement ? (1 - COMPLEMENT_SHARE) * likelihood[i] + COMPLEMENT_SHARE * unlike[i] : likelihood[i];
            double score = Math.log(documents.get(field) / docs) + evidence;
            score += bonus.getOrDefault(field, 0.0);
            if (field.equals(hint)) {
                score += HINT_BONUS;
            }
            log[i] = score;
        }
        return log;
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
        return features(t, words.in(t));
    }

    private List<String> features(String t, java.util.Set<String> found) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            out.add(String.valueOf(c));
            if (i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1))) {
                out.add(t.substring(i, i + 2));
                if (triples && i + 2 < t.length() && Character.isLetterOrDigit(t.charAt(i + 2))) {
                    out.add(t.substring(i, i + 3));
                }
            }
        }
        for (String word : found) {
            out.add("词:" + word);
        }
        return out;
    }
}
