package org.shegong.burden;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.calendar.Deadline;
import org.shegong.duty.VillageWorkLists;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data forms pushed down the levels (上下贯通) and figures flowing up: a higher level defines a form (typed, validated
 * fields, period, deadline, target units); aimed at villages/communities it must cite an item admitted for every one
 * of them; fields the platform already holds are pre-filled (一表通, {@link PrefillSource}); lower units submit on the
 * web or by Excel; every submission is a new version; the owner returns one with comments or accepts it; numeric
 * fields are summed and averaged up the region tree in SQL.
 */
@Service
public class DataForms {

    static final int MAX_FIELDS = 60;

    private final JdbcClient jdbc;
    private final BurdenPermissions permissions;
    private final VillageWorkLists villageLists;
    private final RegionDirectory regions;
    private final Map<String, PrefillSource> sources = new LinkedHashMap<>();
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    DataForms(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, BurdenPermissions permissions,
            VillageWorkLists villageLists, RegionDirectory regions, List<PrefillSource> sources, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.permissions = permissions;
        this.villageLists = villageLists;
        this.regions = regions;
        sources.forEach(s -> this.sources.put(s.key(), s));
        this.clock = clock;
    }

    public record NewField(@Nullable String key, @Nullable String label, @Nullable FieldType type, boolean required,
            @Nullable BigDecimal minValue, @Nullable BigDecimal maxValue, @Nullable Integer maxLength,
            @Nullable String choices, @Nullable String prefill) {
    }

    public record NewForm(@Nullable String title, @Nullable String period, @Nullable String targetRoot,
            @Nullable String targetLevel, @Nullable String itemCode, @Nullable LocalDate opensOn,
            @Nullable LocalDate deadline, @Nullable LocalDate closesOn, @Nullable Integer minutesPerField,
            @Nullable List<NewField> fields) {
    }

    public record Target(String regionCode, String name, String status, int currentVersion, @Nullable Instant submittedAt,
            @Nullable String comment, int prefilled) {
    }

    public record FormView(DataForm form, List<FormField> fields, Set<String> actions, Map<String, Long> statusCounts) {
        public boolean may(String action) {
            return actions.contains(action);
        }
    }

    /** One field of the fill-in page: the value to show, and whether the platform pre-filled it. */
    public record FillValue(FormField field, String value, boolean prefilled) {
    }

    @Schema(name = "DataFormsVersion")
    public record Version(int version, String submittedBy, Instant submittedAt, String channel,
            @Nullable String returnedComment) {
    }

    public record FillView(DataForm form, String regionCode, String status, @Nullable String comment, int version,
            List<FillValue> values, List<Version> versions, boolean open) {
    }

    /** One row of an aggregate: a region, how many units submitted, and per numeric field the sum and average. */
    public record AggregateRow(String regionCode, String name, long submitted, Map<Integer, BigDecimal> sums,
            Map<Integer, BigDecimal> averages) {
    }

    public record Aggregate(DataForm form, List<FormField> numericFields, String regionCode, String regionName,
            AggregateRow total, List<AggregateRow> children) {
    }

    public record Source(String key, String labelKey) {
    }

    public List<Source> sources() {
        return sources.values().stream().map(s -> new Source(s.key(), s.labelKey())).toList();
    }

    // --- defining and publishing

    @Transactional
    public FormView define(StaffPrincipal me, NewForm in) {
        permissions.require(me, BurdenStep.DEFINE_FORM);
        String title = Admissions.text("title", in.title(), 200, true);
        String period = Admissions.text("period", in.period(), 40, true);
        String level = in.targetLevel() == null ? "" : in.targetLevel().strip();
        if (!level.equals("VILLAGE") && !level.equals("TOWNSHIP")) {
            throw new InvalidInput("targetLevel", "burden.form.level.invalid");
        }
        String rootText = in.targetRoot() == null || in.targetRoot().isBlank() ? me.unitRegion().value() : in.targetRoot().strip();
        if (!RegionCode.isWellFormed(rootText)) {
            throw new InvalidInput("targetRoot", "burden.form.root.invalid");
        }
        RegionCode root = RegionCode.of(rootText);
        if (!me.unitRegion().contains(root) || regions.find(root).isEmpty()) {
            throw new NotFound("region", root.value());
        }
        if (!root.level().isAbove(RegionLevel.valueOf(level)) && root.level() != RegionLevel.valueOf(level)) {
            throw new InvalidInput("targetRoot", "burden.form.root.invalid");
        }
        String item = in.itemCode() == null || in.itemCode().isBlank() ? null : in.itemCode().strip().toUpperCase(java.util.Locale.ROOT);
        if (in.opensOn() == null || in.deadline() == null) {
            throw new InvalidInput("deadline", "burden.form.dates.required");
        }
        LocalDate closes = in.closesOn() == null ? in.deadline() : in.closesOn();
        if (in.deadline().isBefore(in.opensOn()) || closes.isBefore(in.deadline())) {
            throw new InvalidInput("deadline", "burden.form.dates.order");
        }
        int minutes = in.minutesPerField() == null ? 3 : in.minutesPerField();
        if (minutes < 1 || minutes > 600) {
            throw new InvalidInput("minutesPerField", "burden.form.minutes.invalid");
        }
        List<FormField> fields = fields(in.fields());
        long stored = jdbc.sql("""
                insert into burden_form (owner_unit_id, owner_name, owner_region, title, period, target_root, target_level,
                  item_code, opens_on, deadline, closes_on, minutes_per_field, status, created_at)
                values (:unit, :unitName, :region, :title, :period, :root, :level, :item, :opens, :deadline, :closes,
                  :minutes, 'DRAFT', :now) returning id
                """).param("unit", me.unitId().value()).param("unitName", me.unitName()).param("region", me.unitRegion().value())
                .param("title", title).param("period", period).param("root", root.value()).param("level", level)
                .param("item", item).param("opens", in.opensOn()).param("deadline", in.deadline()).param("closes", closes)
                .param("minutes", minutes).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        for (FormField f : fields) {
            jdbc.sql("""
                    insert into burden_form_field (form_id, position, key, label, type, required, min_value, max_value,
                      max_length, choices, prefill)
                    values (:form, :pos, :key, :label, :type, :required, :min, :max, :maxLength, :choices, :prefill)
                    """).param("form", stored).param("pos", f.position()).param("key", f.key()).param("label", f.label())
                    .param("type", f.type().name()).param("required", f.required()).param("min", f.minValue())
                    .param("max", f.maxValue()).param("maxLength", f.maxLength())
                    .param("choices", f.choices().toArray(String[]::new))
                    .param("prefill", f.prefill()).update();
        }
        return view(me, load(new DataFormId(stored)));
    }

    private List<FormField> fields(@Nullable List<NewField> in) {
        if (in == null || in.isEmpty()) {
            throw new InvalidInput("fields", "burden.form.fields.required");
        }
        if (in.size() > MAX_FIELDS) {
            throw new InvalidInput("fields", "burden.form.fields.tooMany", MAX_FIELDS);
        }
        List<FormField> out = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        int pos = 0;
        for (NewField f : in) {
            pos++;
            String key = f.key() == null ? "" : f.key().strip();
            if (!key.matches("[a-z][a-z0-9_]{0,29}") || !keys.add(key)) {
                throw new InvalidInput("fields[" + pos + "].key", "burden.form.field.key", key);
            }
            String label = Admissions.text("fields[" + pos + "].label", f.label(), 100, true);
            if (f.type() == null) {
                throw new InvalidInput("fields[" + pos + "].type", "burden.form.field.type");
            }
            List<String> choices = f.choices() == null ? List.of() : java.util.Arrays.stream(f.choices().split("[|,，、]"))
                    .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            if (f.type() == FieldType.CHOICE && (choices.isEmpty() || choices.size() > 50)) {
                throw new InvalidInput("fields[" + pos + "].choices", "burden.form.field.choices", label);
            }
            if (f.minValue() != null && f.maxValue() != null && f.minValue().compareTo(f.maxValue()) > 0) {
                throw new InvalidInput("fields[" + pos + "].minValue", "burden.form.field.range", label);
            }
            String prefill = f.prefill() == null || f.prefill().isBlank() ? null : f.prefill().strip();
            if (prefill != null && (!sources.containsKey(prefill) || !f.type().numeric())) {
                throw new InvalidInput("fields[" + pos + "].prefill", "burden.form.field.prefill", prefill);
            }
            Integer maxLength = f.maxLength() == null ? null : Math.max(1, Math.min(f.maxLength(), FormField.TEXT_MAX));
            out.add(new FormField(pos, key, label, f.type(), f.required(), f.minValue(), f.maxValue(), maxLength,
                    f.type() == FieldType.CHOICE ? choices : List.of(), prefill));
        }
        return out;
    }

    /**
     * Publishes a draft to every unit of its target level under its root. Aimed at villages/communities it must cite
     * an item admitted for each of them (居委会组织法 §20), else it is refused, counted, and nothing is published.
     */
    @Transactional
    public FormView publish(StaffPrincipal me, DataFormId id) {
        DataForm f = load(id);
        permissions.requireOnForm(me, f, "PUBLISH");
        List<RegionCode> targets = unitsUnder(RegionCode.of(f.targetRoot()), RegionLevel.valueOf(f.targetLevel()));
        if (targets.isEmpty()) {
            throw new InvalidInput("targetRoot", "burden.form.targets.none");
        }
        LocalDate today = LocalDate.now(clock.withZone(Deadline.ZONE));
        if (f.targetLevel().equals("VILLAGE")) {
            LocalDate day = f.opensOn().isAfter(today) ? f.opensOn() : today;
            for (RegionCode v : targets) {
                if (f.itemCode() == null || !villageLists.admits(v, f.itemCode(), day)) {
                    villageLists.requireAdmitted(v, f.itemCode(), day, "FORM", f.ownerName(), f.title());
                }
            }
        }
        List<FormField> fields = fields(id);
        Map<RegionCode, Integer> prefilled = new HashMap<>();
        Set<RegionCode> targetSet = new LinkedHashSet<>(targets);
        for (FormField field : fields) {
            if (field.prefill() != null) {
                sources.get(field.prefill()).values(targetSet).keySet().forEach(u -> prefilled.merge(u, 1, Integer::sum));
            }
        }
        var batch = new ArrayList<Object[]>();
        for (RegionCode t : targets) {
            batch.add(new Object[] { id.value(), t.value(), prefilled.getOrDefault(t, 0) });
        }
        jdbcTemplate.batchUpdate("insert into burden_form_target (form_id, region_code, status, prefilled) values (?, ?, 'OPEN', ?)",
                batch);
        int n = jdbc.sql("update burden_form set status = 'PUBLISHED', targets = :n, version = version + 1 where id = :id and status = 'DRAFT'")
                .param("n", targets.size()).param("id", id.value()).update();
        if (n != 1) {
            throw new ConcurrentChange("form", id);
        }
        return view(me, load(id));
    }

    @Transactional
    public FormView close(StaffPrincipal me, DataFormId id) {
        DataForm f = load(id);
        permissions.requireOnForm(me, f, "CLOSE");
        jdbc.sql("update burden_form set status = 'CLOSED', version = version + 1 where id = :id").param("id", id.value()).update();
        return view(me, load(id));
    }

    // --- filling in

    @Transactional(readOnly = true)
    public FillView fillView(StaffPrincipal me, DataFormId id) {
        DataForm f = permissions.visibleOr404(me, load(id));
        if (!permissions.target(me, f)) {
            throw new NotFound("form target", id);
        }
        RegionCode unit = me.unitRegion();
        Target t = target(f, unit);
        List<FormField> fields = fields(id);
        Map<Integer, String> current = new HashMap<>();
        if (t.currentVersion() > 0) {
            jdbc.sql("""
                    select position, num_value, text_value from burden_value
                    where form_id = :f and region_code = :r and version = :v
                    """).param("f", id.value()).param("r", unit.value()).param("v", t.currentVersion())
                    .query(Rows.of(StoredValue.class)).list().forEach(v -> current.put(v.position(), v.shown()));
        }
        Map<String, BigDecimal> pre = prefillFor(fields, unit);
        List<FillValue> values = new ArrayList<>();
        for (FormField field : fields) {
            BigDecimal p = field.prefill() == null ? null : pre.get(field.prefill());
            String shown = current.containsKey(field.position()) ? nz(current.get(field.position()))
                    : p != null ? p.stripTrailingZeros().toPlainString() : "";
            values.add(new FillValue(field, shown, p != null && shown.equals(p.stripTrailingZeros().toPlainString())));
        }
        List<Version> versions = jdbc.sql("""
                select version, submitted_by, submitted_at, channel, returned_comment from burden_submission
                where form_id = :f and region_code = :r order by version desc
                """).param("f", id.value()).param("r", unit.value()).query(Rows.of(Version.class)).list();
        boolean open = permissions.allowed(me, f).contains("FILL") && !t.status().equals("ACCEPTED")
                && !today().isAfter(f.closesOn()) && !today().isBefore(f.opensOn());
        return new FillView(f, unit.value(), t.status(), t.comment(), t.currentVersion(), values, versions, open);
    }

    private Map<String, BigDecimal> prefillFor(List<FormField> fields, RegionCode unit) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (FormField field : fields) {
            if (field.prefill() != null && !out.containsKey(field.prefill())) {
                BigDecimal v = sources.get(field.prefill()).values(Set.of(unit)).get(unit);
                if (v != null) {
                    out.put(field.prefill(), v);
                }
            }
        }
        return out;
    }

    /**
     * Submits the caller's unit's values as a new version. Every field is checked first; a pre-filled field left empty
     * takes the platform's figure. Refused after the period closed, once accepted, or when a value breaks its rule.
     */
    @Transactional
    public FillView submit(StaffPrincipal me, DataFormId id, Map<String, String> raw, String channel) {
        DataForm f = load(id);
        permissions.requireOnForm(me, f, "FILL");
        RegionCode unit = me.unitRegion();
        Target t = target(f, unit);
        LocalDate today = today();
        if (today.isAfter(f.closesOn()) || today.isBefore(f.opensOn())) {
            throw new InvalidInput(null, "burden.form.closed", f.opensOn().toString(), f.closesOn().toString());
        }
        if (t.status().equals("ACCEPTED")) {
            throw new InvalidInput(null, "burden.form.accepted");
        }
        if (raw.size() > MAX_FIELDS * 2) {
            throw new InvalidInput("values", "burden.form.fields.tooMany", MAX_FIELDS);
        }
        List<FormField> fields = fields(id);
        Map<String, BigDecimal> pre = prefillFor(fields, unit);
        List<FormField.Checked> checked = new ArrayList<>();
        List<Boolean> prefilled = new ArrayList<>();
        for (FormField field : fields) {
            String v = raw.get(field.key());
            BigDecimal p = field.prefill() == null ? null : pre.get(field.prefill());
            if ((v == null || v.isBlank()) && p != null) {
                v = p.toPlainString();
            }
            FormField.Checked c = field.check(v);
            checked.add(c);
            prefilled.add(p != null && c.number() != null && c.number().compareTo(p) == 0);
        }
        int version = t.currentVersion() + 1;
        int latest = jdbc.sql("select coalesce(max(version), 0) from burden_submission where form_id = :f and region_code = :r")
                .param("f", id.value()).param("r", unit.value()).query(Integer.class).single();
        version = Math.max(version, latest + 1);
        jdbc.sql("update burden_value set current = false where form_id = :f and region_code = :r and current")
                .param("f", id.value()).param("r", unit.value()).update();
        jdbc.sql("""
                insert into burden_submission (form_id, region_code, version, submitted_by, submitted_at, channel)
                values (:f, :r, :v, :by, :at, :channel)
                """).param("f", id.value()).param("r", unit.value()).param("v", version).param("by", me.displayName())
                .param("at", Timestamp.from(clock.instant())).param("channel", channel).update();
        for (int i = 0; i < fields.size(); i++) {
            FormField.Checked c = checked.get(i);
            jdbc.sql("""
                    insert into burden_value (form_id, region_code, version, position, num_value, text_value, prefilled, current)
                    values (:f, :r, :v, :p, :num, :text, :pre, true)
                    """).param("f", id.value()).param("r", unit.value()).param("v", version).param("p", fields.get(i).position())
                    .param("num", c.number()).param("text", c.text()).param("pre", prefilled.get(i)).update();
        }
        int n = jdbc.sql("""
                update burden_form_target set status = 'SUBMITTED', current_version = :v, submitted_at = :at, comment = null
                where form_id = :f and region_code = :r and current_version = :old
                """).param("v", version).param("at", Timestamp.from(clock.instant())).param("f", id.value())
                .param("r", unit.value()).param("old", t.currentVersion()).update();
        if (n != 1) {
            throw new ConcurrentChange("form submission", id);
        }
        return fillView(me, id);
    }

    /** The owner returns a submission with comments: its figures leave the aggregate until resubmitted. */
    @Transactional
    public Target returnSubmission(StaffPrincipal me, DataFormId id, @Nullable String regionCode, @Nullable String comment) {
        DataForm f = load(id);
        permissions.requireOnForm(me, f, "REVIEW");
        String why = Admissions.text("comment", comment, 2000, true);
        Target t = submittedTarget(f, regionCode);
        jdbc.sql("update burden_value set current = false where form_id = :f and region_code = :r and current")
                .param("f", id.value()).param("r", t.regionCode()).update();
        jdbc.sql("update burden_submission set returned_comment = :c where form_id = :f and region_code = :r and version = :v")
                .param("c", why).param("f", id.value()).param("r", t.regionCode()).param("v", t.currentVersion()).update();
        jdbc.sql("update burden_form_target set status = 'RETURNED', comment = :c where form_id = :f and region_code = :r")
                .param("c", why).param("f", id.value()).param("r", t.regionCode()).update();
        return target(f, RegionCode.of(t.regionCode()));
    }

    @Transactional
    public Target accept(StaffPrincipal me, DataFormId id, @Nullable String regionCode) {
        DataForm f = load(id);
        permissions.requireOnForm(me, f, "REVIEW");
        Target t = submittedTarget(f, regionCode);
        jdbc.sql("update burden_form_target set status = 'ACCEPTED' where form_id = :f and region_code = :r")
                .param("f", id.value()).param("r", t.regionCode()).update();
        return target(f, RegionCode.of(t.regionCode()));
    }

    private Target submittedTarget(DataForm f, @Nullable String regionCode) {
        if (regionCode == null || !RegionCode.isWellFormed(regionCode.strip())) {
            throw new InvalidInput("regionCode", "burden.form.target.invalid");
        }
        Target t = target(f, RegionCode.of(regionCode));
        if (!t.status().equals("SUBMITTED")) {
            throw new InvalidInput("regionCode", "burden.form.target.notSubmitted");
        }
        return t;
    }

    // --- reading

    @Transactional(readOnly = true)
    public FormView get(StaffPrincipal me, DataFormId id) {
        return view(me, permissions.visibleOr404(me, load(id)));
    }

    /** Forms the caller's unit owns, and those aimed inside the caller's scope. */
    @Transactional(readOnly = true)
    public List<DataForm> list(StaffPrincipal me, int limit) {
        String like = me.scope().assignedOnly() ? "-" : me.scope().regionLike();
        List<String> around = new ArrayList<>();
        for (RegionCode c = me.unitRegion(); c != null; c = c.parent()) {
            around.add(c.value());
        }
        // owned by the caller's unit; or published and aimed inside the caller's scope or at a region around the caller
        return jdbc.sql("""
                select * from burden_form where owner_unit_id = :unit
                  or (status <> 'DRAFT' and (target_root like :like or (target_root in (:around) and not :assigned)))
                order by id desc limit :limit
                """).param("unit", me.unitId().value()).param("like", like).param("around", around)
                .param("assigned", me.scope().assignedOnly()).param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Rows.of(DataForm.class)).list().stream().filter(f -> permissions.visible(me, f)).toList();
    }

    /** Published forms the caller's unit must still fill in (open or returned), earliest deadline first. */
    @Transactional(readOnly = true)
    public List<DataForm> toFill(StaffPrincipal me) {
        if (!BurdenStep.FILL_FORM.allowsAnyOf(me.roles()) || me.scope().assignedOnly()) {
            return List.of();
        }
        return jdbc.sql("""
                select f.* from burden_form f join burden_form_target t on t.form_id = f.id
                where t.region_code = :r and t.status in ('OPEN', 'RETURNED') and f.status = 'PUBLISHED'
                order by f.deadline, f.id
                """).param("r", me.unitRegion().value()).query(Rows.of(DataForm.class)).list();
    }

    /** Target units of a form inside the caller's sight (the owner sees all), optionally one status. */
    @Transactional(readOnly = true)
    public List<Target> targets(StaffPrincipal me, DataFormId id, @Nullable String status, int limit) {
        DataForm f = permissions.visibleOr404(me, load(id));
        String like = permissions.owner(me, f) ? "%" : me.scope().regionLike();
        List<Target> rows = jdbc.sql("""
                select t.region_code, t.region_code as name, t.status, t.current_version, t.submitted_at, t.comment, t.prefilled
                from burden_form_target t
                where t.form_id = :f and t.region_code like :like and (cast(:status as text) is null or t.status = :status)
                order by t.region_code limit :limit
                """).param("f", id.value()).param("like", like).param("status", status)
                .param("limit", Math.min(Math.max(limit, 1), 2000)).query(Rows.of(Target.class)).list();
        Map<String, String> names = new HashMap<>();
        rows.stream().map(t -> RegionCode.of(t.regionCode()).parent()).distinct().forEach(parent -> {
            if (parent != null) {
                regions.children(parent).forEach(r -> names.put(r.code().value(), r.name()));
            }
        });
        return rows.stream().map(t -> new Target(t.regionCode(), names.getOrDefault(t.regionCode(), t.regionCode()),
                t.status(), t.currentVersion(), t.submittedAt(), t.comment(), t.prefilled())).toList();
    }

    /**
     * Sums and averages of every numeric field over the current submissions under {@code regionCode} (default: the
     * form's root, or the caller's region when that lies inside it), with one row per child region.
     */
    @Transactional(readOnly = true)
    public Aggregate aggregate(StaffPrincipal me, DataFormId id, @Nullable String regionCode) {
        DataForm f = permissions.visibleOr404(me, load(id));
        RegionCode root = RegionCode.of(f.targetRoot());
        RegionCode at = regionCode == null || regionCode.isBlank()
                ? (permissions.owner(me, f) || me.scope().covers(root) ? root : me.unitRegion())
                : RegionCode.of(regionCode.strip());
        boolean allowed = permissions.owner(me, f) ? root.contains(at) || at.contains(root)
                : me.scope().covers(at) && !me.scope().assignedOnly();
        if (!allowed) {
            throw new NotFound("region", at.value());
        }
        return aggregate(f, at);
    }

    Aggregate aggregate(DataForm f, RegionCode at) {
        List<FormField> numeric = fields(f.id()).stream().filter(x -> x.type().numeric()).toList();
        RegionLevel targetLevel = RegionLevel.valueOf(f.targetLevel());
        String like = at.prefix() + "%";
        Map<String, AggregateRow> children = new java.util.TreeMap<>();
        AggregateRow total = new AggregateRow(at.value(), regions.find(at).map(Region::name).orElse(at.value()), 0,
                new LinkedHashMap<>(), new LinkedHashMap<>());
        boolean split = at.level().isAbove(targetLevel);
        int digits = split ? RegionLevel.values()[at.level().ordinal() + 1].digits() : 12;
        // one scan (hash aggregate per child region and field); the region's total follows from the children's sums
        // and counts, so the values are read once
        Map<Integer, BigDecimal> counts = new HashMap<>();
        try (java.util.stream.Stream<ChildSum> rows = jdbc.sql("""
                select substr(region_code, 1, :d) as child, position, sum(num_value) as sum, count(num_value) as count
                from burden_value where form_id = :f and current and region_code like :like and num_value is not null
                group by 1, 2
                """).param("d", digits).param("f", f.id().value()).param("like", like).query(Rows.of(ChildSum.class)).stream()) {
            rows.forEach(r -> {
                BigDecimal n = BigDecimal.valueOf(r.count());
                total.sums().merge(r.position(), r.sum(), BigDecimal::add);
                counts.merge(r.position(), n, BigDecimal::add);
                if (split) {
                    AggregateRow row = children.computeIfAbsent(pad(r.child()), code -> new AggregateRow(code,
                            regions.find(RegionCode.of(code)).map(Region::name).orElse(code), 0, new LinkedHashMap<>(),
                            new LinkedHashMap<>()));
                    row.sums().put(r.position(), r.sum());
                    row.averages().put(r.position(), r.sum().divide(n, 2, RoundingMode.HALF_UP));
                }
            });
        }
        total.sums().forEach((position, sum) -> total.averages().put(position,
                sum.divide(counts.get(position), 2, RoundingMode.HALF_UP)));
        if (split) {
            jdbc.sql("""
                    select substr(region_code, 1, :d) as child, count(*) as submitted from burden_form_target
                    where form_id = :f and status in ('SUBMITTED', 'ACCEPTED') and region_code like :like group by 1
                    """).param("d", digits).param("f", f.id().value()).param("like", like).query(Rows.of(ChildCount.class)).list()
                    .forEach(c -> {
                        String child = pad(c.child());
                        AggregateRow row = children.get(child);
                        AggregateRow base = row != null ? row : new AggregateRow(child,
                                regions.find(RegionCode.of(child)).map(Region::name).orElse(child), 0, new LinkedHashMap<>(),
                                new LinkedHashMap<>());
                        children.put(child, new AggregateRow(base.regionCode(), base.name(), c.submitted(), base.sums(),
                                base.averages()));
                    });
        }
        long submitted = jdbc.sql("""
                select count(*) from burden_form_target where form_id = :f and region_code like :like
                  and status in ('SUBMITTED', 'ACCEPTED')
                """).param("f", f.id().value()).param("like", like).query(Long.class).single();
        return new Aggregate(f, numeric, at.value(), total.name(),
                new AggregateRow(total.regionCode(), total.name(), submitted, total.sums(), total.averages()),
                List.copyOf(children.values()));
    }

    private static String pad(String prefix) {
        return (prefix + "000000000000").substring(0, 12);
    }

    // --- helpers

    List<FormField> fields(DataFormId formId) {
        return jdbc.sql("select * from burden_form_field where form_id = :f order by position").param("f", formId.value())
                .query(Rows.of(FieldRow.class)).list().stream().map(FieldRow::field).toList();
    }

    /** A field as stored: its choices a {@code text[]} in the order the form shows them, empty for none (V271). */
    private record FieldRow(int position, String key, String label, FieldType type, boolean required,
            @Nullable BigDecimal minValue, @Nullable BigDecimal maxValue, @Nullable Integer maxLength,
            List<String> choices, @Nullable String prefill) {

        FormField field() {
            return new FormField(position, key, label, type, required, minValue, maxValue, maxLength, choices, prefill);
        }
    }

    /** A submitted value: a number or a text. */
    private record StoredValue(int position, @Nullable BigDecimal numValue, @Nullable String textValue) {

        @Nullable String shown() {
            return numValue != null ? numValue.stripTrailingZeros().toPlainString() : textValue;
        }
    }

    /** A field's sum and count of numbers in one child region (a code prefix). */
    private record ChildSum(String child, int position, BigDecimal sum, long count) {
    }

    /** How many targets in one child region (a code prefix) have submitted. */
    private record ChildCount(String child, long submitted) {
    }

    DataForm load(DataFormId id) {
        return jdbc.sql("select * from burden_form where id = :id").param("id", id.value()).query(Rows.of(DataForm.class)).optional()
                .orElseThrow(() -> new NotFound("form", id));
    }

    private Target target(DataForm f, RegionCode unit) {
        Target t = jdbc.sql("""
                select t.region_code, t.region_code as name, t.status, t.current_version, t.submitted_at, t.comment, t.prefilled
                from burden_form_target t where t.form_id = :f and t.region_code = :r
                """).param("f", f.id().value()).param("r", unit.value()).query(Rows.of(Target.class)).optional()
                .orElseThrow(() -> new NotFound("form target", unit.value()));
        return new Target(t.regionCode(), regions.find(unit).map(Region::name).orElse(unit.value()), t.status(),
                t.currentVersion(), t.submittedAt(), t.comment(), t.prefilled());
    }

    private FormView view(StaffPrincipal me, DataForm f) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        String like = permissions.owner(me, f) ? "%" : me.scope().regionLike();
        jdbc.sql("select status, count(*) from burden_form_target where form_id = :f and region_code like :like group by status")
                .param("f", f.id().value()).param("like", like).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return new FormView(f, fields(f.id()), permissions.allowed(me, f), counts);
    }

    private List<RegionCode> unitsUnder(RegionCode root, RegionLevel level) {
        List<RegionCode> out = new ArrayList<>();
        collect(root, level, out);
        return out;
    }

    private void collect(RegionCode code, RegionLevel level, List<RegionCode> out) {
        if (code.level() == level) {
            out.add(code);
            return;
        }
        for (Region child : regions.children(code)) {
            collect(child.code(), level, out);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Deadline.ZONE));
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
