package org.shegong.burden;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.calendar.Deadline;
import org.shegong.duty.VillageWorkItem;
import org.shegong.duty.VillageWorkLists;
import org.shegong.duty.VillageWorkType;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.ConcurrentChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 村（社区）工作事项准入 (居委会组织法 §20; DOMAIN §5): a department applies to have the villages and communities of a
 * county do a work item — what, legal basis, frequency, funding (费随事转), forms — at least the configured number of
 * working days before it starts; the county body admits it (it joins every village's admitted list in
 * {@code duty} with its effective dates) or refuses it with reasons. Work pushed to a community through the platform
 * must cite an admitted item ({@link #push}); otherwise it is refused and counted.
 */
@Service
@org.springframework.boot.context.properties.EnableConfigurationProperties(BurdenProperties.class)
public class Admissions {

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final AdmissionDeadlines deadlines;
    private final BurdenPermissions permissions;
    private final VillageWorkLists villageLists;
    private final RegionDirectory regions;
    private final Clock clock;

    Admissions(JdbcClient jdbc, AdmissionDeadlines deadlines, BurdenPermissions permissions,
            VillageWorkLists villageLists, RegionDirectory regions, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.permissions = permissions;
        this.villageLists = villageLists;
        this.regions = regions;
        this.clock = clock;
    }

    /** What a department applies for. */
    public record NewApplication(@Nullable String countyCode, @Nullable String itemCode, @Nullable String title,
            @Nullable String workType, @Nullable String legalBasis, @Nullable String frequency, @Nullable String funding,
            @Nullable String formsInvolved, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    /** An application with the steps the caller may take on it now. */
    public record ApplicationView(Application application, java.util.Set<BurdenStep> steps, boolean overdue) {
        public boolean may(String step) {
            return steps.contains(BurdenStep.valueOf(step));
        }
    }

    @Transactional
    public ApplicationView apply(StaffPrincipal me, NewApplication in) {
        permissions.require(me, BurdenStep.APPLY_ADMISSION);
        RegionCode county = county(me, in.countyCode());
        String code = in.itemCode() == null ? "" : in.itemCode().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{0,19}")) {
            throw new InvalidInput("itemCode", "burden.admission.code.invalid", code);
        }
        String title = text("title", in.title(), 200, true);
        VillageWorkType type;
        try {
            type = VillageWorkType.valueOf(in.workType() == null ? "" : in.workType().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("workType", "burden.admission.type.invalid");
        }
        if (type == VillageWorkType.NEGATIVE) {
            throw new InvalidInput("workType", "burden.admission.type.invalid");
        }
        // 居委会组织法 §20 / 村委会组织法 §5: only work with a legal basis may be given to a community
        String basis = text("legalBasis", in.legalBasis(), MAX_TEXT, false);
        if (basis.isEmpty()) {
            throw new InvalidInput("legalBasis", "burden.admission.basis.required");
        }
        String frequency = text("frequency", in.frequency(), 200, true);
        // 费随事转: who pays for the work must be stated
        String funding = text("funding", in.funding(), 500, false);
        if (funding.isEmpty()) {
            throw new InvalidInput("funding", "burden.admission.funding.required");
        }
        String forms = text("formsInvolved", in.formsInvolved(), MAX_TEXT, false);
        if (in.startsOn() == null) {
            throw new InvalidInput("startsOn", "burden.admission.start.required");
        }
        LocalDate today = LocalDate.now(clock.withZone(Deadline.ZONE));
        Deadline earliest = deadlines.earliestStart(today, county.value());
        if (in.startsOn().isBefore(earliest.date())) {
            throw new InvalidInput("startsOn", "burden.admission.start.tooSoon", earliest.date().toString(),
                    earliest.explanation());
        }
        if (in.endsOn() != null && !in.endsOn().isAfter(in.startsOn())) {
            throw new InvalidInput("endsOn", "burden.admission.end.invalid");
        }
        Deadline decideBy = deadlines.decideBy(today, county.value());
        long stored = jdbc.sql("""
                insert into burden_application (county_code, applicant_unit_id, applicant_name, item_code, title, work_type,
                  legal_basis, frequency, funding, forms_involved, submitted_on, starts_on, ends_on, decide_by, deadline_note,
                  status, created_at)
                values (:county, :unit, :unitName, :code, :title, :type, :basis, :frequency, :funding, :forms, :today,
                  :starts, :ends, :decideBy, :note, 'PENDING', :now) returning id
                """).param("county", county.value()).param("unit", me.unitId().value()).param("unitName", me.unitName())
                .param("code", code).param("title", title).param("type", type.name()).param("basis", basis)
                .param("frequency", frequency).param("funding", funding).param("forms", forms).param("today", today)
                .param("starts", in.startsOn()).param("ends", in.endsOn()).param("decideBy", decideBy.date())
                .param("note", decideBy.explanation()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return view(me, load(new ApplicationId(stored)));
    }

    /** Admits ({@code admit}) or refuses an application; a refusal needs reasons. */
    @Transactional
    public ApplicationView decide(StaffPrincipal me, ApplicationId id, @Nullable Integer version, boolean admit,
            @Nullable String reason) {
        Application a = load(id);
        permissions.require(me, a, BurdenStep.DECIDE_ADMISSION);
        if (version != null && version != a.version()) {
            throw new ConcurrentChange("application", id);
        }
        String why = text("reason", reason, MAX_TEXT, false);
        if (!admit && why.isEmpty()) {
            throw new InvalidInput("reason", "burden.admission.reason.required");
        }
        int added = 0;
        if (admit) {
            for (RegionCode village : villagesOf(RegionCode.of(a.countyCode()))) {
                if (villageLists.addAdmitted(me.username(), village, a.itemCode(), a.title(),
                        VillageWorkType.valueOf(a.workType()), a.startsOn(), a.endsOn())) {
                    added++;
                }
            }
        }
        int n = jdbc.sql("""
                update burden_application set status = :status, reason = :reason, decided_by = :by, decided_at = :at,
                  villages = :villages, version = version + 1 where id = :id and version = :version and status = 'PENDING'
                """).param("status", admit ? "ADMITTED" : "REFUSED").param("reason", why.isEmpty() ? null : why)
                .param("by", me.displayName()).param("at", Timestamp.from(clock.instant())).param("villages", added)
                .param("id", id.value()).param("version", a.version()).update();
        if (n != 1) {
            throw new ConcurrentChange("application", id);
        }
        return view(me, load(id));
    }

    @Transactional(readOnly = true)
    public ApplicationView get(StaffPrincipal me, ApplicationId id) {
        Application a = load(id);
        if (!permissions.visible(me, a)) {
            throw new NotFound("application", id);
        }
        return view(me, a);
    }

    /** Applications the caller may see: their unit's own, and those of the counties in their scope. */
    @Transactional(readOnly = true)
    public List<ApplicationView> list(StaffPrincipal me, @Nullable String status, int limit) {
        String like = me.scope().assignedOnly() ? "-" : me.scope().regionLike();
        return jdbc.sql("""
                select * from burden_application where (applicant_unit_id = :unit or county_code like :like)
                  and (cast(:status as text) is null or status = :status) order by id desc limit :limit
                """).param("unit", me.unitId().value()).param("like", like).param("status", status)
                .param("limit", Math.min(Math.max(limit, 1), 500)).query(Rows.of(Application.class)).list().stream()
                .map(a -> view(me, a)).toList();
    }

    /** Pending applications the caller must decide, with the earliest decision deadline. */
    @Transactional(readOnly = true)
    public List<Application> toDecide(StaffPrincipal me) {
        if (!BurdenStep.DECIDE_ADMISSION.allowsAnyOf(me.roles()) || me.scope().assignedOnly()) {
            return List.of();
        }
        return jdbc.sql("select * from burden_application where status = 'PENDING' and county_code like :like order by decide_by")
                .param("like", me.scope().regionLike()).query(Rows.of(Application.class)).list();
    }

    /**
     * Work given to a community through the platform: refused and counted unless it cites an item admitted for that
     * village on {@code day}; answers the admitted item.
     */
    @Transactional(readOnly = true)
    public VillageWorkItem push(StaffPrincipal me, @Nullable String villageCode, @Nullable String itemCode,
            @Nullable String kind, @Nullable String what) {
        permissions.require(me, BurdenStep.PUSH_WORK);
        if (villageCode == null || !RegionCode.isWellFormed(villageCode.strip())
                || RegionCode.of(villageCode).level() != RegionLevel.VILLAGE) {
            throw new InvalidInput("villageCode", "burden.push.village.invalid");
        }
        RegionCode village = RegionCode.of(villageCode);
        if (!me.scope().covers(village) || regions.find(village).isEmpty()) {
            throw new NotFound("village", village.value());
        }
        String k = kind == null || !kind.strip().matches("WORK|CERTIFICATE|INSPECTION|MEETING|ASSESSMENT")
                ? "WORK" : kind.strip();
        String w = text("what", what, 200, true);
        return villageLists.requireAdmitted(village, itemCode, LocalDate.now(clock.withZone(Deadline.ZONE)), k,
                me.unitName(), w);
    }

    List<RegionCode> villagesOf(RegionCode root) {
        List<RegionCode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private void collect(RegionCode code, List<RegionCode> out) {
        if (code.level() == RegionLevel.VILLAGE) {
            out.add(code);
            return;
        }
        for (Region child : regions.children(code)) {
            collect(child.code(), out);
        }
    }

    private RegionCode county(StaffPrincipal me, @Nullable String countyCode) {
        RegionCode mine = me.unitRegion();
        if (countyCode == null || countyCode.isBlank()) {
            if (mine.level().isAbove(RegionLevel.COUNTY)) {
                throw new InvalidInput("countyCode", "burden.admission.county.required");
            }
            return mine.ancestorAt(RegionLevel.COUNTY);
        }
        if (!RegionCode.isWellFormed(countyCode.strip()) || RegionCode.of(countyCode).level() != RegionLevel.COUNTY) {
            throw new InvalidInput("countyCode", "burden.admission.county.required");
        }
        RegionCode c = RegionCode.of(countyCode);
        if (!mine.ancestorAt(RegionLevel.COUNTY).contains(c) && !RegionCode.of(me.scope().region().value()).contains(c)
                || regions.find(c).isEmpty()) {
            throw new NotFound("county", c.value());
        }
        return c;
    }

    private ApplicationView view(StaffPrincipal me, Application a) {
        boolean overdue = a.status().equals("PENDING")
                && LocalDate.now(clock.withZone(Deadline.ZONE)).isAfter(a.decideBy());
        return new ApplicationView(a, permissions.allowed(me, a), overdue);
    }

    private Application load(ApplicationId id) {
        return jdbc.sql("select * from burden_application where id = :id").param("id", id.value()).query(Rows.of(Application.class))
                .optional().orElseThrow(() -> new NotFound("application", id));
    }

    static String text(String field, @Nullable String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw new InvalidInput(field, "burden.input.required", field);
        }
        if (v.length() > max) {
            throw new InvalidInput(field, "burden.input.tooLong", field, max);
        }
        return v;
    }
}
