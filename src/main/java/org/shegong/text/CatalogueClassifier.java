package org.shegong.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where in the catalogue a demand's text belongs, field first: a classifier of the fields (12 labels, each started
 * from the shipped field lexicon plus every word of its items and categories, so each field has hundreds of words)
 * decides the field, and a classifier of the items (each started from its own callers' words) ranks the items
 * within it; an item's confidence is its field's times its share among the field's items. Deciding the field on
 * its own is measurably surer than adding up 164 items' evidence (docs/benchmarks.md, issue 11). A danger
 * happening now points to the field of the service it is transferred to (FieldLexicon). Both learn from every
 * settled demand. Thread-safe as {@link FieldClassifier} is.
 */
public final class CatalogueClassifier {

    private final FieldClassifier fields;
    private final FieldClassifier items;
    private final Map<String, String> fieldOf;
    private final FieldLexicon lexicon;

    private CatalogueClassifier(FieldClassifier fields, FieldClassifier items, Map<String, String> fieldOf, FieldLexicon lexicon) {
        this.fields = fields;
        this.items = items;
        this.fieldOf = fieldOf;
        this.lexicon = lexicon;
    }

    /**
     * A classifier over the catalogue's labels (items, and categories without items), each with its own words, and the
     * field each label lies in; the fields are started from the shipped lexicon plus their labels' words.
     */
    public static CatalogueClassifier over(Map<String, List<String>> labels, Map<String, String> fieldOf) {
        return over(labels, fieldOf, FieldLexicon.shipped());
    }

    static CatalogueClassifier over(Map<String, List<String>> labels, Map<String, String> fieldOf, FieldLexicon lexicon) {
        Map<String, List<String>> fieldWords = new LinkedHashMap<>();
        labels.forEach((label, words) -> {
            String field = fieldOf.get(label);
            if (field == null) {
                throw new IllegalArgumentException("no field for " + label);
            }
            fieldWords.computeIfAbsent(field, f -> new ArrayList<>(lexicon.words().getOrDefault(f, List.of()))).addAll(words);
        });
        return new CatalogueClassifier(FieldClassifier.over(fieldWords, true), FieldClassifier.over(labels), Map.copyOf(fieldOf),
                lexicon);
    }

    /** The fields most likely for this text, best first (all of them), confidences adding up to 1. */
    public List<FieldClassifier.Suggestion> fields(String text) {
        String hint = EmergencyPolicy.cued(text).flatMap(lexicon::fieldOf).orElse(null);
        return fields.rank(text, Integer.MAX_VALUE, hint);
    }

    /** The labels most likely for this text, best first: the field's confidence times the label's share within it. */
    public List<FieldClassifier.Suggestion> rank(String text, int limit) {
        Map<String, Double> field = new HashMap<>();
        for (var s : fields(text)) {
            field.put(s.field(), s.confidence());
        }
        List<FieldClassifier.Suggestion> labels = items.rank(text, Integer.MAX_VALUE);
        Map<String, Double> withinField = new HashMap<>();
        for (var s : labels) {
            withinField.merge(fieldOf.get(s.field()), s.confidence(), Double::sum);
        }
        List<FieldClassifier.Suggestion> out = new ArrayList<>(labels.size());
        for (var s : labels) {
            String f = fieldOf.get(s.field());
            double share = withinField.get(f) == 0 ? 0 : s.confidence() / withinField.get(f);
            out.add(new FieldClassifier.Suggestion(s.field(), field.getOrDefault(f, 0.0) * share));
        }
        out.sort(Comparator.comparingDouble(FieldClassifier.Suggestion::confidence).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** Learns from a text whose label is settled, {@code weight} times; a label not in the catalogue is ignored. */
    public boolean learn(String text, String label, double weight) {
        String field = fieldOf.get(label);
        if (field == null || !items.learn(text, label, weight)) {
            return false;
        }
        fields.learn(text, field, weight);
        return true;
    }

    /**
     * Learns from a text whose field is settled but not its label (a labelled call, a lesson by field): the field's
     * likeliest label stands for it. False if the catalogue has no label in that field.
     */
    public boolean learnInField(String text, String field, double weight) {
        List<String> inField = labelsIn(field);
        return !inField.isEmpty() && learn(text, items.bestOf(text, inField), weight);
    }

    private volatile Map<String, List<String>> labelsByField;

    private List<String> labelsIn(String field) {
        Map<String, List<String>> byField = labelsByField;
        if (byField == null) {
            Map<String, List<String>> grouped = new HashMap<>();
            // in the labels' own order, so the likeliest of equals is always the same one
            items.fields().forEach(l -> {
                String f = fieldOf.get(l);
                if (f != null) {
                    grouped.computeIfAbsent(f, k -> new ArrayList<>()).add(l);
                }
            });
            grouped.replaceAll((k, v) -> List.copyOf(v));
            byField = Map.copyOf(grouped);
            labelsByField = byField;
        }
        return byField.getOrDefault(field, List.of());
    }

    /** Of these labels, the one most likely for this text. */
    public String bestOf(String text, List<String> labels) {
        return items.bestOf(text, labels);
    }

    /** The classifier of the labels alone . */
    public FieldClassifier items() {
        return items;
    }

    private volatile LexiconWords matterWords;

    /** The words of the matter (either classifier's lexicon, normalized as texts are) a normalized text holds. */
    Set<String> matterWordsIn(String normalized) {
        LexiconWords w = matterWords;
        if (w == null) {
            w = new LexiconWords(lexiconWords().stream().map(TextNormal::normalize).toList());
            matterWords = w;
        }
        return w.in(normalized);
    }

    /** Every word either classifier started from. */
    public Set<String> lexiconWords() {
        Set<String> out = new java.util.HashSet<>(items.lexiconWords());
        out.addAll(fields.lexiconWords());
        return out;
    }
}
