package org.shegong.text;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the hotline's judgement on the labelled development set (src/test/resources/text/demand-dev.json, a
 * copy of the project's shared set): emergency precision/recall, field top-1/top-2 accuracy by 5-fold
 * cross-validation (each fold's texts are never in its training data), and repeat pairs precision/recall/F1 with
 * the near-misses offered. Run:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.text.JudgementEvaluation -Dexec.classpathScope=test}
 */
public final class JudgementEvaluation {

    /** One labelled demand. */
    /** A labelled call as intake's repeat check reads it: with its recorded address ({@code -Daddressed=false}: text only). */
    static String addressed(Item i) {
        return Boolean.parseBoolean(System.getProperty("addressed", "true")) ? RepeatSimilarity.asRead(i.address(), i.text()) : i.text();
    }

    public record Item(String id, String text, String address, String kind, String field, String group, boolean emergency,
            String note, OffsetDateTime receivedAt) {

        boolean nearMiss() {
            return note != null && note.startsWith("near-miss");
        }
    }

    /**
     * Prints every figure for the shipped development set; {@code -Ddata=file.json} judges another set of the same
     * kind instead (cross-validated within it), and {@code -Dtrained=true} with it teaches the whole development set
     * and judges every item of the other set (nothing of it is learned). {@code -Donly=repeats} prints the repeat
     * figures only (the quick loop when working on the repeat rule).
     */
    public static void main(String[] args) throws IOException {
        String file = System.getProperty("data");
        List<Item> items = load(file);
        List<Item> train = file != null && Boolean.getBoolean("trained") ? load() : null;
        if (file != null && System.getProperty("train") != null) {
            // -Dtrain=a.json,b.json: teach these sets (the judged one must not be among them)
            train = new ArrayList<>();
            for (String t : System.getProperty("train").split(",")) {
                train.addAll(load(t));
            }
        }
        System.out.printf("%s: %d demands%n", file == null ? "development set" : file, items.size());
        if ("fields".equals(System.getProperty("only"))) {
            fields(items, train, true);
            return;
        }
        if ("repeats".equals(System.getProperty("only"))) {
            repeats(items, true);
            return;
        }
        emergencies(items, true);
        if (!"emergencies".equals(System.getProperty("only"))) {
            fields(items, train, true);
            repeats(items, true);
        }
        if (file == null) {
            dangerSentences("src/test/resources/text/emergency-set.json", true);
            dangerSentences("src/test/resources/text/emergency-set4.json", true);
            dangerSentences("src/test/resources/text/emergency-set5.json", true);
            dangerSentences("src/test/resources/text/emergency-set7.json", true);
            // the other demand sets' emergencies, each judged by a likelihood learned without it (their fields and
            // repeats: -Ddata=… -Dtrained=true)
            for (String set : List.of("demand-synth", "demand-set3", "demand-set6", "demand-set8", "demand-set9", "demand-set10", "demand-set11")) {
                System.out.println("src/test/resources/text/" + set + ".json:");
                emergencies(load("src/test/resources/text/" + set + ".json"), true);
            }
        }
    }

    public static List<Item> load() throws IOException {
        return load(null);
    }

    /** The labelled set in this file, or the shipped development set when null. */
    public static List<Item> load(String file) throws IOException {
        try (InputStream in = file == null ? JudgementEvaluation.class.getResourceAsStream("/text/demand-dev.json")
                : java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Item> out = new ArrayList<>();
            for (JsonNode n : root.get("items")) {
                out.add(new Item(n.get("id").asString(), n.get("text").asString(), n.get("address").asString(),
                        n.get("kind").asString(), n.get("field").asString(),
                        n.get("dup_group").isNull() ? null : n.get("dup_group").asString(), n.get("emergency").asBoolean(),
                        n.has("note") && !n.get("note").isNull() ? n.get("note").asString() : null,
                        OffsetDateTime.parse(n.get("received_at").asString())));
            }
            return out;
        }
    }

    /**
     * The emergency likelihood learned from the shipped labelled calls except these: a set is never judged by a
     * model that learned it (the shipped lessons are these very sets, so each is left out in turn).
     */
    static EmergencyLikelihood leftOut(java.util.Collection<String> judged) {
        java.util.Set<String> out = new java.util.HashSet<>();
        judged.forEach(t -> out.add(asShipped(t)));
        return EmergencyLikelihood.over(EmergencyLikelihood.shippedLessons().stream().filter(l -> !out.contains(l.text())).toList());
    }

    /** A text as the lessons file holds it: tabs and line breaks as one space, trimmed. */
    static String asShipped(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    /** Precision and recall of the emergency warning. */
    static double[] emergencies(List<Item> items, boolean print) {
        int tp = 0, fp = 0, fn = 0;
        EmergencyLikelihood likelihood = leftOut(items.stream().map(Item::text).toList());
        for (Item i : items) {
            Optional<Emergency> e = EmergencyPolicy.assess(i.text(), likelihood);
            if (e.isPresent() && i.emergency()) {
                tp++;
            } else if (e.isPresent()) {
                fp++;
                if (print) {
                    System.out.println("  false alarm " + e.get() + ": " + i.text());
                }
            } else if (i.emergency()) {
                fn++;
                if (print) {
                    System.out.println("  missed: " + i.text());
                }
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        if (print) {
            System.out.printf("emergency: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n", p, r, tp, fp, fn);
        }
        return new double[] { p, r };
    }

    /**
     * Precision and recall of the emergency warning on a list of sentences ({"text", "emergency", "kind"}), e.g.
     * text/emergency-set.json: 100 dangers happening now and 100 uses of danger words that are none.
     */
    static double[] dangerSentences(String file, boolean print) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(java.nio.file.Files.readString(java.nio.file.Path.of(file)));
        int tp = 0, fp = 0, fn = 0;
        List<String> texts = new ArrayList<>();
        root.forEach(n -> texts.add(n.get("text").asString()));
        EmergencyLikelihood likelihood = leftOut(texts);
        for (JsonNode n : root) {
            boolean want = n.get("emergency").asBoolean();
            Optional<Emergency> got = EmergencyPolicy.assess(n.get("text").asString(), likelihood);
            if (got.isPresent() && want) {
                tp++;
            } else if (got.isPresent()) {
                fp++;
            } else if (want) {
                fn++;
            }
            if (print && got.isPresent() != want) {
                System.out.println("  " + (want ? "missed: " : "false alarm: ") + n.get("text").asString());
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        if (print) {
            System.out.printf("danger sentences (%s): precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n", file, p, r, tp, fp, fn);
        }
        return new double[] { p, r };
    }

    /** The catalogue's field codes and the development set's names of the same fields. */
    /** In code order: Map.of's iteration order changes from run to run, and the order of labels breaks ties. */
    static final java.util.Map<String, String> FIELDS = new java.util.TreeMap<>(java.util.Map.ofEntries(java.util.Map.entry("CJ", "城乡建设与市政设施"),
            java.util.Map.entry("HJ", "生态环境"), java.util.Map.entry("SC", "市场监管与消费维权"),
            java.util.Map.entry("SB", "社会保障与养老"), java.util.Map.entry("ZF", "住房与物业"), java.util.Map.entry("JT", "交通运输"),
            java.util.Map.entry("JY", "教育"), java.util.Map.entry("WS", "卫生健康"), java.util.Map.entry("ZA", "治安与消防隐患"),
            java.util.Map.entry("MZ", "民政与社会救助"), java.util.Map.entry("LD", "劳动就业与欠薪"), java.util.Map.entry("NY", "农业农村")));

    /**
     * The words of the shipped catalogue as the intake suggestions start from them (IntakeJudgement): every item's
     * callers' words and name, every category's name — read from the migrations that seed the catalogue, so the
     * evaluation judges the lexicon the platform ships.
     */
    static java.util.Map<String, List<String>> catalogueLexicon() throws IOException {
        java.util.Map<String, List<String>> lexicon = new java.util.LinkedHashMap<>();
        for (String file : List.of("/db/migration/V5__duty.sql", "/db/migration/V150__duty_catalogue_items.sql")) {
            String sql;
            try (InputStream in = JudgementEvaluation.class.getResourceAsStream(file)) {
                sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            var category = java.util.regex.Pattern.compile("\\('([A-Z]{2}-[0-9]{2})', '[A-Z]{2}', '([^']*)', '[^']*', [0-9]+\\)").matcher(sql);
            while (category.find()) {
                lexicon.put(category.group(1), List.of(category.group(2)));
            }
            var item = java.util.regex.Pattern.compile(
                    "\\('([A-Z]{2}-[0-9]{2}-[0-9]{2})', '[A-Z]{2}-[0-9]{2}', '([^']*)', '[^']*', '[^']*', '[A-Z]+', '([^']*)', [0-9]+\\)")
                    .matcher(sql);
            while (item.find()) {
                List<String> words = new ArrayList<>(List.of(item.group(3).split(" ")));
                words.add(item.group(2));
                lexicon.put(item.group(1), words);
            }
        }
        return lexicon;
    }

    /**
     * The labels as the intake suggestions have them (IntakeJudgement): every item with its words, and a category
     * without items with its name.
     */
    static java.util.Map<String, List<String>> catalogueLabels() throws IOException {
        java.util.Map<String, List<String>> all = catalogueLexicon();
        java.util.Set<String> withItems = new java.util.HashSet<>();
        all.keySet().stream().filter(l -> l.length() > 5).forEach(l -> withItems.add(l.substring(0, 5)));
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        all.forEach((label, words) -> {
            if (label.length() > 5 || !withItems.contains(label)) {
                out.put(label, words);
            }
        });
        return out;
    }

    /** The engine the workbench uses, started from the shipped catalogue and field lexicon, knowing nothing else. */
    static CatalogueClassifier catalogueModel() throws IOException {
        java.util.Map<String, List<String>> labels = catalogueLabels();
        java.util.Map<String, String> fieldOf = new java.util.HashMap<>();
        labels.keySet().forEach(l -> fieldOf.put(l, l.substring(0, 2)));
        return CatalogueClassifier.over(labels, fieldOf);
    }

    /** The fields ranked, by name. */
    static List<String> rankFields(CatalogueClassifier model, String text) {
        return model.fields(text).stream().map(s -> FIELDS.get(s.field())).toList();
    }

    static String codeOf(String fieldName) {
        return FIELDS.entrySet().stream().filter(e -> e.getValue().equals(fieldName)).findFirst().orElseThrow().getKey();
    }

    /** A lesson as the platform keeps it: the text and the field it was settled under (the set is labelled by field only). */
    static void teach(CatalogueClassifier model, Item item) {
        // the set names fields, the platform learns items: the field's likeliest item stands for the settled category
        model.learnInField(item.text(), codeOf(item.field()), Double.parseDouble(System.getProperty("w", "1")));
    }

    /**
     * Top-1 and top-2 field accuracy. With {@code train} null, 5-fold cross-validated: each fold is judged by a model
     * (the shipped catalogue's and lexicon's words plus the other four folds) that never saw it. With a training set,
     * every item is judged by a model taught that set only.
     */
    static double[] fields(List<Item> items, List<Item> train, boolean print) throws IOException {
        int folds = train == null ? 5 : 1;
        int top1 = 0;
        int top2 = 0;
        for (int k = 0; k < folds; k++) {
            CatalogueClassifier model = catalogueModel();
            if (train != null) {
                train.forEach(i -> teach(model, i));
            } else {
                for (int i = 0; i < items.size(); i++) {
                    if (i % folds != k) {
                        teach(model, items.get(i));
                    }
                }
            }
            for (int i = k; i < items.size(); i += folds) {
                var ranked = rankFields(model, items.get(i).text());
                if (ranked.get(0).equals(items.get(i).field())) {
                    top1++;
                    top2++;
                } else if (ranked.get(1).equals(items.get(i).field())) {
                    top2++;
                } else if (print && System.getProperty("verbose") != null) {
                    System.out.println("  field " + items.get(i).field() + " suggested " + ranked.subList(0, 2) + ": " + items.get(i).text());
                }
            }
        }
        CatalogueClassifier cold = catalogueModel();
        int coldTop1 = 0;
        for (Item i : items) {
            if (rankFields(cold, i.text()).get(0).equals(i.field())) {
                coldTop1++;
            }
        }
        double a1 = (double) top1 / items.size();
        double a2 = (double) top2 / items.size();
        if (print) {
            System.out.printf("field (%s): top-1 %.3f, top-2 %.3f; catalogue and lexicon words only (cold start): top-1 %.3f%n",
                    train == null ? "5-fold cross-validation" : "taught the development set, judged on another", a1, a2,
                    (double) coldTop1 / items.size());
        }
        return new double[] { a1, a2 };
    }

    /**
     * Whether intake's repeat check compares two calls by place: the addresses resolved as intake resolves them, the later
     * call compared with the earlier at its place, inside it or at the township or county around it. {@code
     * -Dplaces=text} reads the addresses' text instead ({@link RepeatSimilarity#samePlace}, the test until the
     * fifteenth round).
     */
    static boolean samePlace(Item x, Item y) {
        if ("text".equals(System.getProperty("places"))) {
            return RepeatSimilarity.samePlace(x.address(), y.address());
        }
        boolean xFirst = !x.receivedAt().isAfter(y.receivedAt());
        return org.shegong.region.IntakePlaces.compared(xFirst ? x.address() : y.address(), xFirst ? y.address() : x.address());
    }

    static final java.util.function.ToDoubleBiFunction<java.util.Map<String, Double>, java.util.Map<String, Double>> SIM =
            Boolean.getBoolean("cos") ? RepeatSimilarity::cosine : RepeatSimilarity::overlap;

    /**
     * Pairs within 30 days at contained places, filed under the same field (as the operator files it), whose texts
     * are alike: precision, recall, F1, near-misses offered. */
    static double[] repeats(List<Item> items, boolean print) throws IOException {
        // as the workbench has it: the catalogue's items and categories only, untaught (IntakeJudgement's places)
        CatalogueClassifier catalogue = catalogueModel();
        if (Boolean.getBoolean("lessons")) {
            // -Dlessons=true: as the workbench placed texts before the sixth round, with the classifier taught the
            // shipped field lessons (less the judged set's own texts); since then it places them untaught, as here
            java.util.Set<String> judged = new java.util.HashSet<>();
            items.forEach(i -> judged.add(asShipped(i.text())));
            new FieldLessons(FieldLessons.shipped().lessons().stream().filter(l -> !judged.contains(l.text())).toList()).teach(catalogue);
        }
        var rarity = RepeatSimilarity.rarityOver(items.stream().map(Item::text).toList());
        List<java.util.Map<String, Double>> vectors = items.stream().map(i -> RepeatSimilarity.vector(i.text(), rarity)).toList();
        int tp = 0, fp = 0, truth = 0, nearMisses = 0, reachable = 0;
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                Item x = items.get(a);
                Item y = items.get(b);
                boolean same = x.group() != null && x.group().equals(y.group());
                if (same) {
                    truth++;
                }
                boolean candidate = Math.abs(java.time.Duration.between(x.receivedAt(), y.receivedAt()).toDays()) <= 30
                        && samePlace(x, y);
                if (same && candidate) {
                    reachable++;
                }
                boolean offered = candidate && x.field().equals(y.field())
                        && RepeatSimilarity.offered(SIM.applyAsDouble(vectors.get(a), vectors.get(b)), catalogue, addressed(x), addressed(y),
                                java.time.Duration.between(y.receivedAt(), x.receivedAt()));
                if (same && !offered && print && System.getProperty("verbose") != null) {
                    System.out.printf("  missed (%s, %.2f, %s %s, %d h%s): %s | %s%n", candidate ? "compared" : "not compared",
                            SIM.applyAsDouble(vectors.get(a), vectors.get(b)), x.id(), y.id(),
                            Math.abs(java.time.Duration.between(x.receivedAt(), y.receivedAt()).toHours()),
                            DifferentMatter.between(x.text(), y.text()).map(c -> ", " + c).orElse(""), x.text(), y.text());
                }
                if (offered && same) {
                    tp++;
                } else if (offered) {
                    fp++;
                    if ((x.nearMiss() && x.note().contains(String.valueOf(y.group())))
                            || (y.nearMiss() && y.note().contains(String.valueOf(x.group())))) {
                        nearMisses++;
                    }
                    if (print && System.getProperty("verbose") != null) {
                        System.out.printf("  not a repeat (%.2f, %s %s, %d h): %s | %s%n", SIM.applyAsDouble(vectors.get(a), vectors.get(b)),
                                x.id(), y.id(), Math.abs(java.time.Duration.between(x.receivedAt(), y.receivedAt()).toHours()),
                                x.text(), y.text());
                    }
                }
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = truth == 0 ? 1 : (double) tp / truth;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        if (print) {
            System.out.printf("  true pairs at contained places within 30 days: %d of %d%n", reachable, truth);
            System.out.printf("repeats (overlap %.2f, %.2f for one kind of problem): precision %.3f, recall %.3f, F1 %.3f (%d of %d true pairs, %d wrong, %d near-misses offered)%n",
                    RepeatSimilarity.THRESHOLD, RepeatSimilarity.SAME_PROBLEM_THRESHOLD, p, r, f1, tp, truth, fp, nearMisses);
        }
        return new double[] { p, r, f1, nearMisses };
    }
}
