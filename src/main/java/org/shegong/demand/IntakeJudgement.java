package org.shegong.demand;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.Rows;
import org.shegong.duty.Category;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.duty.CategoryField;
import org.shegong.duty.CategoryItem;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.AddressResolution;
import org.shegong.region.AddressResolver;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.shegong.text.Emergency;
import org.shegong.text.EmergencyPolicy;
import org.shegong.text.FieldLessons;
import org.shegong.text.CatalogueClassifier;
import org.shegong.text.RepeatSimilarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The hotline's judgement while the operator types (接诉即办 intake): the likely catalogue items with a confidence,
 * a danger happening now with the number to transfer to, likely repeats with the reasons a person would give, and
 * where the address lies. It learns from the platform's own history: the category finally used at every intake,
 * an operator's correction of a suggestion (weighted more), merges confirmed by operators. The model lives in
 * memory, started from the catalogue's words and the most recent lessons, and is rebuilt when the catalogue
 * gets a new edition. A suggestion is advice only: nothing here blocks or fails an intake.
 */
@Service
public class IntakeJudgement {

    private static final Logger log = LoggerFactory.getLogger(IntakeJudgement.class);

    /** The longest text judged: a matter may hold 2,000 characters (Intake). */
    public static final int MAX_TEXT = 2000;
    /** How many of the most recent lessons the model starts from. */
    static final int KEPT_LESSONS = 50_000;
    /** An operator's correction of a suggestion counts as this many intakes. */
    static final double CORRECTION_WEIGHT = 6;
    static final int MAX_REPEATS = 5;

    /** One suggested place in the catalogue: an item (or a category without items), how sure, and where it lies. */
    public record Choice(String code, String categoryCode, String fieldCode, String name, String path, @Nullable String unitKind,
            @Nullable String limitClass, double confidence, String nameEn, String pathEn) {
    }

    /** A danger happening now: its kind, the number to transfer to, what to tell the operator. */
    public record Danger(String kind, String transferTo, String label, String labelEn) {
    }

    /** A stored demand that looks like the same matter, with why. */
    public record LikelyRepeat(DemandId demandId, String trackingCode, DemandStatus status, String categoryCode, String matter,
            Instant receivedAt, double similarity, String reasons) {
    }

    /** Where the address or region lies. */
    public record Place(String regionCode, String name, RegionLevel level) {
    }

    /** Everything suggested for one text. */
    public record Advice(List<Choice> categories, @Nullable Danger emergency, List<LikelyRepeat> repeats, @Nullable Place place,
            int catalogueEdition) {
    }

    /** What the operator had typed: the text, and optionally an address or region code and the category chosen so far. */
    public record Typed(@Nullable String text, @Nullable String address, @Nullable String regionCode,
            @Nullable String categoryCode) {
    }

    private final JdbcClient jdbc;
    private final CategoryCatalogue catalogue;
    private final AddressResolver addresses;
    private final RegionDirectory regions;
    private final MergeProperties merge;
    private final Clock clock;
    private final DemandPermissions permissions;

    private volatile @Nullable Model model;

    IntakeJudgement(JdbcClient jdbc, CategoryCatalogue catalogue, AddressResolver addresses, RegionDirectory regions,
            MergeProperties merge, Clock clock, DemandPermissions permissions) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.addresses = addresses;
        this.regions = regions;
        this.merge = merge;
        this.clock = clock;
        this.permissions = permissions;
    }

    /** The classifier of one catalogue edition, the names of its labels, and how common each character pair is. */
    private static final class Model {
        final int edition;
        final CatalogueClassifier classifier;
        /**
         * The catalogue's own words and the field lexicon, never taught: where the repeat check places a text in the
         * catalogue ({@link RepeatSimilarity#sameMatter}). Lessons settled by field teach every call of a field its
         * likeliest item, so a taught classifier places any two calls of one field at one item and the check passes
         * anything (set 8: 52 wrong pairs with the taught classifier, 40 with this one; docs/benchmarks.md, repeats,
         * sixth round).
         */
        final CatalogueClassifier places;
        final Map<String, Choice> labels;
        /** The items of each category that has any: a lesson filed under such a category teaches its likeliest item. */
        final Map<String, List<String>> itemsOf;
        final java.util.Set<String> matterWords;
        final Map<String, Integer> pairs = new ConcurrentHashMap<>();
        final AtomicInteger texts = new AtomicInteger();

        Model(int edition, CatalogueClassifier classifier, CatalogueClassifier places, Map<String, Choice> labels,
                Map<String, List<String>> itemsOf) {
            this.edition = edition;
            this.classifier = classifier;
            this.places = places;
            this.labels = labels;
            this.itemsOf = itemsOf;
            this.matterWords = classifier.lexiconWords();
        }

        void learn(String text, String label, double weight) {
            classifier.learn(text, labelFor(text, label), weight);
            count(text);
        }

        String labelFor(String text, String label) {
            List<String> items = itemsOf.get(label);
            return items == null || items.isEmpty() ? label : classifier.bestOf(text, items);
        }

        void count(String text) {
            texts.incrementAndGet();
            RepeatSimilarity.vector(text, p -> 1).keySet().forEach(p -> pairs.merge(p, 1, Integer::sum));
        }

        double rarity(String pair) {
            return Math.log((texts.get() + 1.0) / (pairs.getOrDefault(pair, 0) + 1.0)) + 1;
        }
    }

    /** The judgement for an operator (who may register demands), within their scope. */
    @Transactional(readOnly = true)
    public Advice suggest(StaffPrincipal me, Typed typed) {
        permissions.require(me, DemandStep.SUBMIT);
        return suggest(me.scope(), typed, true);
    }

    /** For the citizen's page and Open311: the likely categories and a danger only, never other people's demands. */
    @Transactional(readOnly = true)
    public Advice suggestForCitizen(@Nullable String text) {
        return suggest(Scope.PROVINCE, new Typed(text, null, null, null), false);
    }

    /** Fewer characters than this say too little to file a demand by (the suggestion would be a guess). */
    static final int MIN_TEXT_TO_FILE = 4;

    /**
     * The best active category (second level) for a text, for a citizen or partner who leaves the choice to the
     * hotline; none for a text too short to say anything.
     */
    @Transactional(readOnly = true)
    public Optional<String> bestCategory(@Nullable String text) {
        if (text == null || text.strip().codePointCount(0, text.strip().length()) < MIN_TEXT_TO_FILE) {
            return Optional.empty();
        }
        try {
            List<Choice> c = suggestForCitizen(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text).categories();
            return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0).categoryCode());
        } catch (RuntimeException e) {
            log.warn("no category suggested for a citizen's text: {}", e.toString());
            return Optional.empty();
        }
    }

    Advice suggest(Scope scope, Typed typed, boolean withRepeats) {
        String text = text(typed.text());
        Model m = model();
        List<Choice> categories = m.classifier.rank(text, 3).stream()
                .map(s -> withConfidence(m.labels.get(s.field()), s.confidence())).toList();
        Danger danger = EmergencyPolicy.assess(text).map(IntakeJudgement::danger).orElse(null);
        Place place = withRepeats ? place(typed) : null;
        List<LikelyRepeat> repeats = List.of();
        if (place != null) {
            String field = typed.categoryCode() != null && typed.categoryCode().strip().matches("[A-Z]{2}(-[0-9]{2}){0,2}")
                    ? typed.categoryCode().strip().substring(0, 2)
                    : categories.isEmpty() ? null : categories.get(0).fieldCode();
            repeats = repeats(scope, m, text, typed.address(), RegionCode.of(place.regionCode()), field);
        }
        return new Advice(categories, danger, repeats, place, m.edition);
    }

    private static String text(@Nullable String raw) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty()) {
            throw new InvalidInput("text", "demand.suggest.text.required");
        }
        if (t.length() > MAX_TEXT) {
            throw new InvalidInput("text", "demand.suggest.text.tooLong", MAX_TEXT);
        }
        return t;
    }

    private static String english(@Nullable String en, String zh) {
        return en == null || en.isBlank() ? zh : en;
    }

    private static Choice withConfidence(Choice c, double confidence) {
        return new Choice(c.code(), c.categoryCode(), c.fieldCode(), c.name(), c.path(), c.unitKind(), c.limitClass(),
                Math.round(confidence * 1000) / 1000.0, c.nameEn(), c.pathEn());
    }

    private static Danger danger(Emergency e) {
        return new Danger(e.name(), e.transferTo(), e.labelZh(), e.labelEn());
    }

    private @Nullable Place place(Typed typed) {
        try {
            if (typed.address() != null && !typed.address().isBlank()) {
                String address = typed.address().strip();
                if (address.length() > 300) {
                    throw new InvalidInput("address", "demand.suggest.address.tooLong", 300);
                }
                AddressResolution r = addresses.resolve(address);
                if (r.matched() && r.region() != null && r.region().code().level().ordinal() >= RegionLevel.CITY.ordinal()) {
                    return place(r.region().code());
                }
            }
            if (typed.regionCode() != null && RegionCode.isWellFormed(typed.regionCode().strip())) {
                RegionCode code = RegionCode.of(typed.regionCode().strip());
                if (RegionCode.SICHUAN.contains(code) && regions.find(code).isPresent()) {
                    return place(code);
                }
            }
        } catch (InvalidInput e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("address not located for a suggestion: {}", e.toString());
        }
        return null;
    }

    private Place place(RegionCode code) {
        List<Region> path = regions.ancestors(code);
        StringBuilder name = new StringBuilder();
        for (Region r : path) {
            if (r.level() != RegionLevel.PROVINCE) {
                name.append(r.name());
            }
        }
        return new Place(code.value(), name.toString(), code.level());
    }

    /**
     * Stored demands like this text at places that can hold the same matter — this place, the places inside it, and
     * the township, county and city around it (a report at the street office can match one at its community; a first
     * caller who named only "成都市" one of the street's later) — in the same field, within the repeat window, in the
     * caller's scope. Only demands filed at the surrounding divisions themselves are read, not all inside them.
     */
    private List<LikelyRepeat> repeats(Scope scope, Model m, String text, @Nullable String address, RegionCode region,
            @Nullable String field) {
        if (field == null) {
            return List.of();
        }
        RegionCode area = RegionCode.of(Repeats.area(region));
        List<String> around = new ArrayList<>();
        for (RegionCode c = area; c != null && c.level().ordinal() >= RegionLevel.CITY.ordinal(); c = c.parent()) {
            around.add(c.value());
        }
        Instant now = clock.instant();
        record Row(DemandId id, String tracking, DemandStatus status, String category, String matter, @Nullable String address,
                Instant at, String area) {
        }
        List<Row> rows = jdbc.sql("""
                select t.demand_id as id, d.tracking_code as tracking, d.status, d.category_code as category, d.matter,
                  d.address, d.received_at as at, t.area_code as area
                from demand_text t join demand d on d.id = t.demand_id
                where (t.area_code like :inside or t.area_code in (:around))
                  and t.received_at >= :from and t.category_code like :field
                  and d.status not in ('MERGED', 'EXCLUDED') and d.region_code like :scope
                order by t.received_at desc
                limit :max
                """).param("inside", area.prefix() + "%").param("around", around)
                .param("from", Timestamp.from(now.minus(merge.window()))).param("field", field + "-%")
                .param("scope", scope.regionLike()).param("max", merge.maxCandidates())
                .query(Rows.of(Row.class)).list();
        Map<String, Double> mine = RepeatSimilarity.vector(text, m::rarity);
        List<LikelyRepeat> out = new ArrayList<>();
        for (Row r : rows) {
            double s = RepeatSimilarity.overlap(mine, RepeatSimilarity.vector(r.matter(), m::rarity));
            // the new call first and the time between the calls: one incident's calls are joined whatever their words
            // (RepeatSimilarity.ONE_INCIDENT), a matter put right that came back is a new one (RepeatSimilarity.PUT_RIGHT)
            // each call read with the address recorded for it (RepeatSimilarity.asRead)
            if (!RepeatSimilarity.offered(s, m.places, RepeatSimilarity.asRead(address, text), RepeatSimilarity.asRead(r.address(), r.matter()),
                    Duration.between(r.at(), now))) {
                continue;
            }
            String reasons = placeReason(area, RegionCode.of(r.area())) + "、" + daysReason(Duration.between(r.at(), now)) + "、内容相似："
                    + String.join("，", RepeatSimilarity.sharedWords(r.matter(), text, m::rarity, m.matterWords));
            out.add(new LikelyRepeat(r.id(), r.tracking(), r.status(), r.category(), r.matter(), r.at(),
                    Math.round(s * 1000) / 1000.0, reasons));
        }
        out.sort(Comparator.comparingDouble(LikelyRepeat::similarity).reversed());
        return out.size() > MAX_REPEATS ? List.copyOf(out.subList(0, MAX_REPEATS)) : out;
    }

    private String placeReason(RegionCode mine, RegionCode theirs) {
        if (mine.equals(theirs)) {
            return switch (mine.level()) {
                case VILLAGE, GRID -> "同一社区（村）";
                case TOWNSHIP -> "同一街道（乡镇）";
                default -> "同一区县";
            };
        }
        RegionCode wider = mine.contains(theirs) ? mine : theirs;
        String name = regions.find(wider).map(Region::name).orElse(wider.value());
        return "同在" + name;
    }

    private static String daysReason(Duration ago) {
        long days = Math.max(0, ago.toDays());
        return days == 0 ? "当天" : (days + 1) + "天内";
    }

    /**
     * Records, next to a demand just registered, what was suggested and what the operator chose; an operator who
     * chose otherwise than the first suggestion has corrected it, and the model learns that. Called after the
     * intake committed: a failure here is logged and never undoes the intake.
     */
    @Transactional
    public void recordChoice(DemandId demand, @Nullable String itemCode, @Nullable String suggested, @Nullable String emergency) {
        long demandId = demand.value();
        record Row(String matter, String category) {
        }
        Row row = jdbc.sql("select matter, category_code as category from demand where id = :id").param("id", demandId)
                .query(Rows.of(Row.class)).optional().orElse(null);
        if (row == null) {
            return;
        }
        String item = itemCode != null && itemCode.startsWith(row.category() + "-")
                && catalogue.findItem(itemCode).filter(CategoryItem::active).isPresent() ? itemCode : null;
        String offered = suggested == null ? null : clip(suggested.strip(), 500);
        String topOffered = offered == null || offered.isEmpty() ? null : offered.split("[ ,]")[0];
        String chosen = item != null ? item : row.category();
        Boolean took = topOffered == null ? null : topOffered.equals(chosen) || topOffered.startsWith(chosen + "-");
        jdbc.sql("""
                update demand_judgement set item_code = :item, suggested = :suggested, emergency = :emergency,
                       took_suggestion = :took
                where demand_id = :id
                """).param("item", item).param("suggested", offered == null || offered.isEmpty() ? null : offered)
                .param("emergency", emergency == null || emergency.isBlank() ? null : clip(emergency.strip(), 40))
                .param("took", took).param("id", demandId).update();
        if (item != null) {
            jdbc.sql("update demand_lesson set label = :item where demand_id = :id and source = 'INTAKE'").param("item", item)
                    .param("id", demandId).update();
        }
        Model m = model;
        if (Boolean.FALSE.equals(took)) {
            jdbc.sql("insert into demand_lesson (demand_id, label, source) values (:id, :label, 'CORRECTION')")
                    .param("id", demandId).param("label", chosen).update();
            if (m != null) {
                m.classifier.learn(row.matter(), chosen, CORRECTION_WEIGHT);
            }
        } else if (item != null && m != null) {
            m.classifier.learn(row.matter(), item, 1);
        }
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /**
     * Every demand registered keeps the catalogue edition it was filed under, and its category is a lesson: both rows
     * are written by the registering statement itself ({@link Demands#save}), so the edition is the one in force when it
     * was filed. Here the model in memory learns the same lesson — once the demand is committed, so a registration
     * group that rolls back and is registered again one by one ({@link RegistrationGroups}) teaches nothing twice.
     *
     * <p>A plain after-commit synchronization, not a {@code @TransactionalEventListener}: Spring Modulith keeps a
     * publication row for every such listener and every event, three statements and two transactions per demand for
     * a lesson in memory that the database already holds (issue 12's intake ledger).
     */
    @EventListener
    void received(DemandStored stored) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            learn(stored);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        learn(stored);
                    }
                });
    }

    private void learn(DemandStored stored) {
        Model m = model;
        if (m != null) {
            m.learn(stored.matter(), stored.categoryCode(), 1);
        }
    }

    /** A merge confirmed by an operator: the repeat's text is a lesson for the category it was merged under. */
    @EventListener
    void merged(DemandMerged merged) {
        jdbc.sql("""
                insert into demand_lesson (demand_id, label, source, other_id)
                select :child, category_code, 'MERGE_CONFIRMED', :parent from demand where id = :parent
                """).param("child", merged.childId().value()).param("parent", merged.parentId().value()).update();
    }

    /**
     * A category corrected in re-dispatching an upheld return: the unit was right that the matter is not theirs, so
     * the category first used was wrong. Learned as an operator's correction (weighted the same), in the dispatching
     * transaction.
     */
    @EventListener
    void recategorised(DemandRecategorised corrected) {
        String label = corrected.itemCode() != null ? corrected.itemCode() : corrected.toCategory();
        jdbc.sql("insert into demand_lesson (demand_id, label, source) values (:id, :label, 'CORRECTION')")
                .param("id", corrected.demandId().value()).param("label", label).update();
        Model m = model;
        if (m != null) {
            jdbc.sql("select matter from demand where id = :id").param("id", corrected.demandId().value()).query(String.class).optional()
                    .ifPresent(matter -> m.learn(matter, label, CORRECTION_WEIGHT));
        }
    }

    /** The model of the catalogue's current edition, built on first use and again after the catalogue changed. */
    private Model model() {
        int edition = catalogue.edition();
        Model m = model;
        if (m != null && m.edition == edition) {
            return m;
        }
        synchronized (this) {
            m = model;
            if (m == null || m.edition != edition) {
                m = build(edition);
                model = m;
            }
            return m;
        }
    }

    /** Drops the model so the next call builds it again from the catalogue and the latest lessons (benchmarks). */
    void forget() {
        model = null;
    }

    /**
     * Builds the model once the platform is up, on a thread of its own: start-up does not wait for it (with a
     * history of 50,000 lessons it takes seconds), and a suggestion asked meanwhile builds or waits for it.
     */
    @EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warmUp() {
        Thread warm = new Thread(() -> {
            try {
                model();
            } catch (RuntimeException e) {
                log.warn("intake suggestions not warmed up: {}", e.toString());
            }
        }, "intake-judgement-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private Model build(int edition) {
        List<CategoryField> tree = catalogue.tree();
        Map<String, List<CategoryItem>> items = new HashMap<>();
        for (CategoryItem i : catalogue.activeItems()) {
            items.computeIfAbsent(i.categoryCode(), k -> new ArrayList<>()).add(i);
        }
        Map<String, List<String>> lexicon = new LinkedHashMap<>();
        Map<String, Choice> labels = new LinkedHashMap<>();
        Map<String, List<String>> itemsOf = new HashMap<>();
        Map<String, String> fieldOf = new HashMap<>();
        for (CategoryField f : tree) {
            if (!f.field().active()) {
                continue;
            }
            for (Category c : f.categories()) {
                if (!c.active()) {
                    continue;
                }
                String path = f.field().nameZh() + " › " + c.nameZh();
                String pathEn = english(f.field().nameEn(), f.field().nameZh()) + " › " + english(c.nameEn(), c.nameZh());
                List<CategoryItem> inside = items.getOrDefault(c.code(), List.of());
                if (inside.isEmpty()) {
                    // a category without items is suggested itself
                    lexicon.put(c.code(), List.of(c.nameZh()));
                    fieldOf.put(c.code(), f.field().code());
                    labels.put(c.code(), new Choice(c.code(), c.code(), f.field().code(), c.nameZh(), path, null, null, 0,
                            english(c.nameEn(), c.nameZh()), pathEn));
                } else {
                    itemsOf.put(c.code(), inside.stream().map(CategoryItem::code).toList());
                }
                for (CategoryItem i : inside) {
                    List<String> words = new ArrayList<>(i.keywordList());
                    words.add(i.nameZh());
                    lexicon.put(i.code(), words);
                    fieldOf.put(i.code(), f.field().code());
                    labels.put(i.code(), new Choice(i.code(), c.code(), f.field().code(), i.nameZh(), path + " › " + i.nameZh(),
                            i.unitKind(), i.limitClass(), 0, english(i.nameEn(), i.nameZh()),
                            pathEn + " › " + english(i.nameEn(), i.nameZh())));
                }
            }
        }
        Model m = new Model(edition, CatalogueClassifier.over(lexicon, fieldOf), CatalogueClassifier.over(lexicon, fieldOf), labels, itemsOf);
        // the labelled calls the platform ships, before the province's own lessons
        FieldLessons.shipped().teach(m.classifier);
        record Lesson(String label, String source, String matter) {
        }
        List<Lesson> lessons = jdbc.sql("""
                select l.label, l.source, d.matter from demand_lesson l join demand d on d.id = l.demand_id
                order by l.id desc limit :max
                """).param("max", KEPT_LESSONS).query(Rows.of(Lesson.class)).list();
        for (Lesson l : lessons) {
            double weight = "CORRECTION".equals(l.source()) ? CORRECTION_WEIGHT : "INTAKE".equals(l.source()) ? 1 : 0;
            if (weight > 0) {
                m.learn(l.matter(), l.label(), weight);
            } else {
                m.count(l.matter());
            }
        }
        log.info("intake suggestions: catalogue edition {}, {} labels, {} lessons", edition, labels.size(), lessons.size());
        return m;
    }
}
