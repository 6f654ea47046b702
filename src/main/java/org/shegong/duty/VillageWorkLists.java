package org.shegong.duty;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Village/community admitted work lists (村（社区）工作事项准入; 居委会组织法 §20). Items are never
 * edited in place: an item is added with an effective date and ended with an end date, so the
 * list in force on any day stays reproducible.
 */
@Service
public class VillageWorkLists {

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final CategoryCatalogue categories;
    private final VillageRefusals refusals;

    VillageWorkLists(JdbcClient jdbc, RegionDirectory regions, CategoryCatalogue categories, VillageRefusals refusals) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.categories = categories;
        this.refusals = refusals;
    }

    private record Row(long id, String villageCode, String code, String name, VillageWorkType type, List<String> categoryCodes,
            LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {
        VillageWorkItem item() {
            return new VillageWorkItem(id, RegionCode.of(villageCode), code, name, type, categoryCodes, effectiveFrom, effectiveTo);
        }
    }

    /** Items in force in {@code village} on {@code day}. */
    @Transactional(readOnly = true)
    public List<VillageWorkItem> inForce(RegionCode village, LocalDate day) {
        return jdbc.sql("""
                select * from duty_village_item where village_code = :v and effective_from <= :day
                  and (effective_to is null or effective_to > :day) order by code, id
                """).param("v", village.value()).param("day", day).query(Rows.of(Row.class)).list().stream().map(Row::item).toList();
    }

    /** Every item ever recorded for the village, including ended ones. */
    @Transactional(readOnly = true)
    public List<VillageWorkItem> history(Scope scope, RegionCode village) {
        requireVisible(scope, village);
        return jdbc.sql("select * from duty_village_item where village_code = :v order by code, effective_from, id")
                .param("v", village.value()).query(Rows.of(Row.class)).list().stream().map(Row::item).toList();
    }

    @Transactional
    public VillageWorkItem add(StaffPrincipal actor, RegionCode village, String code, String name, VillageWorkType type,
            List<String> categoryCodes, LocalDate effectiveFrom) {
        requireEditor(actor, village);
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!DutyItemPolicy.CODE.matcher(c).matches()) {
            throw new InvalidInput("code", "duty.item.code.invalid", c);
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new InvalidInput("name", "duty.item.name.invalid");
        }
        if (type == null) {
            throw new InvalidInput("type", "duty.item.type.invalid", "");
        }
        if (effectiveFrom == null) {
            throw new InvalidInput("effectiveFrom", "duty.publish.date.required");
        }
        List<String> cats = categoryCodes == null ? List.of() : categoryCodes.stream()
                .flatMap(s -> Arrays.stream(s.split("[,，、;；\\s]+"))).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
        if (cats.isEmpty()) {
            throw new InvalidInput("categoryCodes", "duty.item.category.required");
        }
        List<String> active = categories.activeCategories().stream().map(Category::code).toList();
        for (String cat : cats) {
            if (!active.contains(cat)) {
                throw new InvalidInput("categoryCodes", "duty.item.category.unknown", cat);
            }
        }
        boolean overlapping = jdbc.sql("""
                select count(*) > 0 from duty_village_item where village_code = :v and code = :code
                  and (effective_to is null or effective_to > :from)
                """).param("v", village.value()).param("code", c).param("from", effectiveFrom).query(Boolean.class).single();
        if (overlapping) {
            throw new InvalidInput("code", "duty.village.code.inForce", c);
        }
        long id = jdbc.sql("""
                insert into duty_village_item (village_code, code, name, type, category_codes, effective_from, created_by)
                values (:v, :code, :name, :type, :cats, :from, :by) returning id
                """).param("v", village.value()).param("code", c).param("name", n).param("type", type.name())
                .param("cats", cats.toArray(String[]::new)).param("from", effectiveFrom).param("by", actor.username())
                .query(Long.class).single();
        return get(id);
    }

    /** Ends an item: it is no longer in force from {@code effectiveTo} on. */
    @Transactional
    public VillageWorkItem end(StaffPrincipal actor, RegionCode village, long id, LocalDate effectiveTo) {
        requireEditor(actor, village);
        VillageWorkItem item = get(id);
        if (!item.village().equals(village) || item.effectiveTo() != null) {
            throw new NotFound("village work item", id);
        }
        if (effectiveTo == null || !effectiveTo.isAfter(item.effectiveFrom())) {
            throw new InvalidInput("effectiveTo", "duty.village.end.invalid");
        }
        jdbc.sql("update duty_village_item set effective_to = :to where id = :id").param("to", effectiveTo).param("id", id).update();
        return get(id);
    }

    /**
     * Whether {@code code} is an admitted item of {@code village} on {@code day}: in force and not a negative-list
     * item (居委会组织法 §20: work not admitted may be refused).
     */
    @Transactional(readOnly = true)
    public boolean admits(RegionCode village, String code, LocalDate day) {
        return admittedItem(village, code, day) != null;
    }

    private @Nullable VillageWorkItem admittedItem(RegionCode village, @Nullable String code, LocalDate day) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return jdbc.sql("""
                select * from duty_village_item where village_code = :v and code = :code and type <> 'NEGATIVE'
                  and effective_from <= :day and (effective_to is null or effective_to > :day) order by id limit 1
                """).param("v", village.value()).param("code", code.strip().toUpperCase(Locale.ROOT)).param("day", day)
                .query(Rows.of(Row.class)).optional().map(Row::item).orElse(null);
    }

    /**
     * The admitted item that work, a form or a certificate request aimed at {@code village} cites, or a refusal:
     * {@link InvalidInput} {@code duty.village.notAdmitted}, and the refusal is counted (in its own transaction, so
     * it stays counted while the caller's work is rolled back).
     *
     * @param kind      what was pushed: {@code WORK}, {@code FORM}, {@code CERTIFICATE}, {@code INSPECTION}, …
     * @param requester who pushed it (unit name or account), for the count by source
     * @param what      a short description of the work
     */
    @Transactional(readOnly = true)
    public VillageWorkItem requireAdmitted(RegionCode village, @Nullable String code, LocalDate day, String kind,
            String requester, String what) {
        VillageWorkItem item = admittedItem(village, code, day);
        if (item == null) {
            refusals.record(village, code == null ? "" : code.strip(), kind, requester, what);
            throw new InvalidInput("itemCode", "duty.village.notAdmitted", village.value(), code == null ? "" : code.strip());
        }
        return item;
    }

    /**
     * Counts a refusal decided by another module's own check (e.g. an inspection pushed to several villages at once,
     * refused naming all of them), so the burden dashboard sees every piece of unadmitted work stopped at the door.
     */
    public void recordRefusal(RegionCode village, String code, String kind, String requester, String what) {
        refusals.record(village, code, kind, requester, what);
    }

    /** Refusals of unadmitted work counted inside {@code scope} from {@code from} (inclusive) to {@code to} (exclusive). */
    @Transactional(readOnly = true)
    public long refusals(Scope scope, java.time.Instant from, java.time.Instant to) {
        return refusals.count(scope, from, to);
    }

    /** Refusals by kind ({@code WORK}, {@code FORM}, …) inside {@code scope} in the time window. */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> refusalsByKind(Scope scope, java.time.Instant from, java.time.Instant to) {
        return refusals.byKind(scope, from, to);
    }

    /**
     * Adds an item that an admission decision admitted (no administrator needed: the county body's decision is the
     * authority, recorded as {@code decidedBy}). Skips a village where the code is already in force on {@code from}.
     *
     * @return whether the item was added
     */
    @Transactional
    public boolean addAdmitted(String decidedBy, RegionCode village, String code, String name, VillageWorkType type,
            LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {
        if (village.level() != RegionLevel.VILLAGE || regions.find(village).isEmpty()) {
            throw new NotFound("village", village.value());
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (!DutyItemPolicy.CODE.matcher(c).matches()) {
            throw new InvalidInput("code", "duty.item.code.invalid", c);
        }
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new InvalidInput("effectiveTo", "duty.village.end.invalid");
        }
        boolean overlapping = jdbc.sql("""
                select count(*) > 0 from duty_village_item where village_code = :v and code = :code
                  and (effective_to is null or effective_to > :from)
                """).param("v", village.value()).param("code", c).param("from", effectiveFrom).query(Boolean.class).single();
        if (overlapping) {
            return false;
        }
        jdbc.sql("""
                insert into duty_village_item (village_code, code, name, type, category_codes, effective_from, effective_to, created_by)
                values (:v, :code, :name, :type, '{}', :from, :to, :by)
                """).param("v", village.value()).param("code", c).param("name", name.strip()).param("type", type.name())
                .param("from", effectiveFrom).param("to", effectiveTo).param("by", decidedBy).update();
        return true;
    }

    private VillageWorkItem get(long id) {
        return jdbc.sql("select * from duty_village_item where id = :id").param("id", id).query(Rows.of(Row.class)).optional()
                .map(Row::item).orElseThrow(() -> new NotFound("village work item", id));
    }

    public void requireVisible(Scope scope, RegionCode village) {
        if (village.level() != RegionLevel.VILLAGE || regions.find(village).isEmpty() || !scope.covers(village)) {
            throw new NotFound("village", village.value());
        }
    }

    private void requireEditor(StaffPrincipal actor, RegionCode village) {
        requireVisible(actor.scope(), village);
        if (!actor.isAdministrator()) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
