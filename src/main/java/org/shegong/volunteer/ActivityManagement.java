package org.shegong.volunteer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.ShegongApplication;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities and their shifts (roles × time slots × places), sign-up and cancellation. A place is taken by one
 * conditional update ({@code taken < capacity}), so concurrent sign-ups never over-book; whoever finds the shift
 * full waits in line, and a cancelled place goes to the first in line in the same transaction.
 */
@Service
public class ActivityManagement {

    static final int MAX_CAPACITY = 10_000;

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final VolunteerPermissions permissions;
    private final RegionDirectory regions;
    private final Clock clock;
    private final VolunteerMessages messages;

    ActivityManagement(JdbcClient jdbc, OrganizationManagement organizations, VolunteerPermissions permissions,
            RegionDirectory regions, Clock clock, VolunteerMessages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.organizations = organizations;
        this.permissions = permissions;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional
    public ActivityView create(StaffPrincipal me, NewActivity cmd) {
        return create(me, cmd, null);
    }

    @Transactional
    ActivityView create(StaffPrincipal me, NewActivity cmd, @Nullable Long demandId) {
        return create(me, cmd, demandId, null);
    }

    @Transactional
    ActivityView create(StaffPrincipal me, NewActivity cmd, @Nullable Long demandId, @Nullable TaskSource source) {
        VolunteerPermissions.Organization org = organizations.facts(cmd.organizationId(), false);
        permissions.require(me, org, VolunteerStep.MANAGE_ACTIVITY);
        String title = cmd.title() == null ? "" : cmd.title().strip();
        if (title.isEmpty() || title.length() > 120) {
            throw new InvalidInput("title", "volunteer.activity.title");
        }
        String place = cmd.place() == null ? "" : cmd.place().strip();
        if (place.isEmpty() || place.length() > 200) {
            throw new InvalidInput("place", "volunteer.activity.place");
        }
        if (cmd.regionCode() == null || !RegionCode.isWellFormed(cmd.regionCode().strip())) {
            throw new InvalidInput("regionCode", "volunteer.region.unknown");
        }
        RegionCode region = RegionCode.of(cmd.regionCode());
        if (regions.find(region.value().length() == 15 ? region.parent() : region).isEmpty()) {
            throw new InvalidInput("regionCode", "volunteer.region.unknown");
        }
        if (!me.scope().covers(region)) {
            throw new InvalidInput("regionCode", "volunteer.activity.regionOutOfScope");
        }
        if (cmd.risk() == null) {
            throw new InvalidInput("risk", "volunteer.activity.risk");
        }
        // 志愿服务条例 §17: before risky service the organization arranges accident insurance for the volunteers
        boolean insuranceRequired = cmd.insuranceRequired() || cmd.risk() == Risk.HIGH;
        String insurance = cmd.insurance() == null || cmd.insurance().isBlank() ? null : cmd.insurance().strip();
        if (insuranceRequired && insurance == null) {
            throw new InvalidInput("insurance", "volunteer.activity.insurance");
        }
        List<String> skills = Skills.parse(cmd.skills());
        if (cmd.shifts() == null || cmd.shifts().isEmpty()) {
            throw new InvalidInput("shifts", "volunteer.shift.none");
        }
        cmd.shifts().forEach(ActivityManagement::check);
        String description = cmd.description() == null ? "" : cmd.description().strip();
        if (description.length() > 2000) {
            throw new InvalidInput("description", "volunteer.activity.description");
        }
        ActivityId id = ActivityId.of(jdbc.sql("""
                INSERT INTO volunteer_activity (organization_id, title, description, region_code, place, risk, insurance_required,
                  insurance, skills, status, demand_id, source_kind, source_ref, source_link, created_by, created_at)
                VALUES (:org, :title, :description, :region, :place, :risk, :ir, :insurance, :skills, 'OPEN', :demand,
                  :sourceKind, :sourceRef, :sourceLink, :by, :at)
                RETURNING id""")
                .param("org", org.id()).param("title", title).param("description", description)
                .param("region", region.value()).param("place", place).param("risk", cmd.risk().name())
                .param("ir", insuranceRequired).param("insurance", insurance).param("skills", Skills.store(skills))
                .param("demand", demandId)
                .param("sourceKind", source == null ? null : source.kind()).param("sourceRef", source == null ? null : source.reference())
                .param("sourceLink", source == null ? null : source.link())
                .param("by", me.username()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single());
        for (NewActivity.Shift s : cmd.shifts()) {
            insertShift(id, s, place);
        }
        return view(id, permissions.allowed(me, org));
    }

    @Transactional
    public ActivityView addShift(StaffPrincipal me, ActivityId activityId, NewActivity.Shift shift) {
        Facts a = facts(activityId);
        permissions.require(me, a.organization(), VolunteerStep.MANAGE_ACTIVITY);
        check(shift);
        insertShift(activityId, shift, a.place());
        return view(activityId, permissions.allowed(me, a.organization()));
    }

    private void insertShift(ActivityId activityId, NewActivity.Shift s, String defaultPlace) {
        jdbc.sql("""
                INSERT INTO volunteer_shift (activity_id, role_name, place, starts_at, ends_at, capacity)
                VALUES (:a, :role, :place, :start, :end, :cap)""")
                .param("a", activityId.value()).param("role", s.roleName().strip())
                .param("place", s.place() == null || s.place().isBlank() ? defaultPlace : s.place().strip())
                .param("start", Timestamp.from(s.startsAt())).param("end", Timestamp.from(s.endsAt()))
                .param("cap", s.capacity()).update();
    }

    private static void check(NewActivity.Shift s) {
        if (s.roleName() == null || s.roleName().isBlank() || s.roleName().strip().length() > 60) {
            throw new InvalidInput("roleName", "volunteer.shift.role");
        }
        if (s.startsAt() == null || s.endsAt() == null || !s.endsAt().isAfter(s.startsAt())
                || Duration.between(s.startsAt(), s.endsAt()).toHours() >= 24) {
            throw new InvalidInput("endsAt", "volunteer.shift.time");
        }
        if (s.capacity() < 1 || s.capacity() > MAX_CAPACITY) {
            throw new InvalidInput("capacity", "volunteer.shift.capacity", MAX_CAPACITY);
        }
    }

    @Transactional
    public ActivityView cancelActivity(StaffPrincipal me, ActivityId activityId) {
        Facts a = facts(activityId);
        permissions.require(me, a.organization(), VolunteerStep.MANAGE_ACTIVITY);
        int cancelled = jdbc.sql("UPDATE volunteer_activity SET status = 'CANCELLED' WHERE id = :id AND status <> 'CANCELLED'")
                .param("id", activityId.value()).update();
        if (cancelled > 0) {
            messages.tellAllSignedUp(activityId, VolunteerMessages.Kind.ACTIVITY_CANCELLED);
        }
        return view(activityId, permissions.allowed(me, a.organization()));
    }

    /** An activity as staff see it: 404 outside their region unless their unit runs it. */
    @Transactional(readOnly = true)
    public ActivityView find(StaffPrincipal me, ActivityId activityId) {
        Facts a = facts(activityId);
        if (!permissions.visible(me, a.organization())) {
            throw new NotFound("activity", activityId);
        }
        return view(activityId, permissions.allowed(me, a.organization()));
    }

    /** Activities of the organizations {@code me}'s unit runs, newest first. */
    @Transactional(readOnly = true)
    public List<ActivityView> ofMyUnit(StaffPrincipal me) {
        return jdbc.sql("""
                SELECT a.id FROM volunteer_activity a JOIN volunteer_organization o ON o.id = a.organization_id
                WHERE o.unit_id = :unit ORDER BY a.id DESC LIMIT 200""").param("unit", me.unitId().value()).query(Long.class).list()
                .stream().map(ActivityId::of).map(id -> view(id, permissions.allowed(me, facts(id).organization()))).toList();
    }

    /** Open activities with shifts still to come, for volunteers to browse. */
    @Transactional(readOnly = true)
    public List<ActivityView> open(int limit) {
        return jdbc.sql("""
                SELECT a.id FROM volunteer_activity a JOIN volunteer_organization o ON o.id = a.organization_id
                WHERE a.status = 'OPEN' AND o.status = 'APPROVED'
                  AND EXISTS (SELECT 1 FROM volunteer_shift s WHERE s.activity_id = a.id AND s.starts_at > :now)
                ORDER BY a.id DESC LIMIT :limit""").param("now", Timestamp.from(clock.instant()))
                .param("limit", Math.min(Math.max(limit, 1), 500)).query(Long.class).list()
                .stream().map(ActivityId::of).map(id -> view(id, Set.of())).toList();
    }

    /** An activity for a volunteer: only open ones of approved organizations exist for them. */
    @Transactional(readOnly = true)
    public ActivityView forVolunteer(ActivityId activityId) {
        ActivityView v = view(activityId, Set.of());
        if (!v.status().equals("OPEN")) {
            throw new NotFound("activity", activityId);
        }
        return v;
    }

    /**
     * Signs the volunteer up for a shift: a free place confirms, a full shift puts them on the waiting list. A minor
     * never joins a risky activity (志愿服务条例 §15; 未成年人保护法 — no dangerous work for minors).
     */
    @Transactional
    public SignUp signUp(VolunteerId volunteerId, long shiftId) {
        ShiftFacts s = jdbc.sql("""
                SELECT s.id, s.activity_id, s.starts_at, a.risk, a.status, o.status AS org_status, o.id AS organization_id
                FROM volunteer_shift s JOIN volunteer_activity a ON a.id = s.activity_id
                JOIN volunteer_organization o ON o.id = a.organization_id WHERE s.id = :id""")
                .param("id", shiftId).query(Rows.of(ShiftFacts.class)).optional().orElseThrow(() -> new NotFound("shift", shiftId));
        if (!s.status().equals("OPEN") || !s.orgStatus().equals("APPROVED")) {
            throw new NotFound("shift", shiftId);
        }
        if (!s.startsAt().isAfter(clock.instant())) {
            throw new InvalidInput("shiftId", "volunteer.signup.started");
        }
        LocalDate born = jdbc.sql("SELECT birth_date FROM volunteer_volunteer WHERE id = :v").param("v", volunteerId.value())
                .query(LocalDate.class).optional().orElseThrow(() -> new NotFound("volunteer", volunteerId));
        if (s.risk() == Risk.HIGH && MinorPolicy.minor(born, LocalDate.now(clock.withZone(ShegongApplication.ZONE)))) {
            throw new InvalidInput("shiftId", "volunteer.minor.risky");
        }
        if (jdbc.sql("SELECT count(*) FROM volunteer_signup WHERE shift_id = :s AND volunteer_id = :v AND status <> 'CANCELLED'")
                .param("s", shiftId).param("v", volunteerId.value()).query(Long.class).single() > 0) {
            throw new InvalidInput("shiftId", "volunteer.signup.twice");
        }
        boolean placed = jdbc.sql("UPDATE volunteer_shift SET taken = taken + 1 WHERE id = :id AND taken < capacity")
                .param("id", shiftId).update() == 1;
        Timestamp now = Timestamp.from(clock.instant());
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO volunteer_signup (shift_id, volunteer_id, status, signed_at, changed_at)
                    VALUES (:s, :v, :status, :now, :now) RETURNING id""")
                    .param("s", shiftId).param("v", volunteerId.value()).param("status", placed ? "CONFIRMED" : "WAITLISTED")
                    .param("now", now).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("shiftId", "volunteer.signup.twice");
        }
        jdbc.sql("""
                INSERT INTO volunteer_member (organization_id, volunteer_id, role, joined_at) VALUES (:o, :v, 'MEMBER', :now)
                ON CONFLICT DO NOTHING""").param("o", s.organizationId()).param("v", volunteerId.value()).param("now", now).update();
        return new SignUp(id, shiftId, placed ? SignUpStatus.CONFIRMED : SignUpStatus.WAITLISTED, placed ? 0 : position(id, shiftId));
    }

    private int position(long signupId, long shiftId) {
        return jdbc.sql("SELECT count(*) FROM volunteer_signup WHERE shift_id = :s AND status = 'WAITLISTED' AND id <= :id")
                .param("s", shiftId).param("id", signupId).query(Integer.class).single();
    }

    private record ShiftFacts(long id, long activityId, Instant startsAt, Risk risk, String status, String orgStatus,
            long organizationId) {
    }

    /**
     * Cancels the volunteer's sign-up. A confirmed place goes to the first on the waiting list (who is not a minor
     * where that rule applies — everyone waiting already passed it); with nobody waiting the place is freed.
     */
    @Transactional
    public @Nullable SignUp cancel(VolunteerId volunteerId, long signupId) {
        Long shiftId = jdbc.sql("SELECT shift_id FROM volunteer_signup WHERE id = :id AND volunteer_id = :v")
                .param("id", signupId).param("v", volunteerId.value()).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("signup", signupId));
        // lock order: the shift, then its sign-ups (the same order as a sign-up's conditional update)
        jdbc.sql("SELECT id FROM volunteer_shift WHERE id = :id FOR UPDATE").param("id", shiftId).query(Long.class).single();
        String status = jdbc.sql("SELECT status FROM volunteer_signup WHERE id = :id FOR UPDATE").param("id", signupId)
                .query(String.class).single();
        if (status.equals("CANCELLED")) {
            throw new InvalidInput("signupId", "volunteer.signup.cancelled");
        }
        if (jdbc.sql("SELECT count(*) FROM volunteer_attendance WHERE signup_id = :id").param("id", signupId)
                .query(Long.class).single() > 0) {
            throw new InvalidInput("signupId", "volunteer.signup.attended");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE volunteer_signup SET status = 'CANCELLED', changed_at = :now WHERE id = :id")
                .param("now", now).param("id", signupId).update();
        if (!status.equals("CONFIRMED")) {
            return null;
        }
        Long next = jdbc.sql("""
                SELECT id FROM volunteer_signup WHERE shift_id = :s AND status = 'WAITLISTED' ORDER BY id LIMIT 1 FOR UPDATE""")
                .param("s", shiftId).query(Long.class).optional().orElse(null);
        if (next == null) {
            jdbc.sql("UPDATE volunteer_shift SET taken = taken - 1 WHERE id = :id").param("id", shiftId).update();
            return null;
        }
        jdbc.sql("UPDATE volunteer_signup SET status = 'CONFIRMED', changed_at = :now WHERE id = :id")
                .param("now", now).param("id", next).update();
        messages.tell(next, VolunteerMessages.Kind.PROMOTED);
        return new SignUp(next, shiftId, SignUpStatus.CONFIRMED, 0);
    }

    /** The volunteer's sign-ups, newest first, with the activity and shift they belong to. */
    @Transactional(readOnly = true)
    public List<MySignUp> signUpsOf(VolunteerId volunteerId) {
        return jdbc.sql("""
                SELECT g.id, g.status, s.id AS shift_id, s.role_name, s.place, s.starts_at, s.ends_at, a.id AS activity_id, a.title,
                  o.id AS organization_id, o.name AS organization_name,
                  (SELECT count(*) FROM volunteer_signup w WHERE w.shift_id = s.id AND w.status = 'WAITLISTED' AND w.id <= g.id) AS position,
                  t.id AS attendance_id, t.check_in_at, t.check_out_at, coalesce(t.minutes, 0) AS minutes, t.status AS attendance_status,
                  EXISTS (SELECT 1 FROM volunteer_correction c WHERE c.attendance_id = t.id AND c.status = 'PENDING') AS correction_pending
                FROM volunteer_signup g JOIN volunteer_shift s ON s.id = g.shift_id JOIN volunteer_activity a ON a.id = s.activity_id
                JOIN volunteer_organization o ON o.id = a.organization_id LEFT JOIN volunteer_attendance t ON t.signup_id = g.id
                WHERE g.volunteer_id = :v ORDER BY s.starts_at DESC, g.id DESC LIMIT 200""")
                .param("v", volunteerId.value()).query(Rows.of(MySignUp.class)).list();
    }

    /** One sign-up as the volunteer sees it, with its attendance record if any. */
    public record MySignUp(long id, SignUpStatus status, long shiftId, String roleName, String place, Instant startsAt,
            Instant endsAt, ActivityId activityId, String title, long organizationId, String organizationName, int position,
            @Nullable Long attendanceId, @Nullable Instant checkInAt, @Nullable Instant checkOutAt, int minutes,
            @Nullable String attendanceStatus, boolean correctionPending) {

        public String hours() {
            return Hours.text(minutes);
        }
    }

    record Facts(ActivityId id, String place, VolunteerPermissions.Organization organization) {
    }

    private record FactsRow(ActivityId id, String place, long orgId, long unitId, String regionCode, OrganizationStatus status) {
    }

    Facts facts(ActivityId activityId) {
        return jdbc.sql("""
                SELECT a.id, a.place, o.id AS org_id, o.unit_id, o.region_code, o.status
                FROM volunteer_activity a JOIN volunteer_organization o ON o.id = a.organization_id WHERE a.id = :id""")
                .param("id", activityId.value()).query(Rows.of(FactsRow.class)).optional()
                .map(r -> new Facts(r.id(), r.place(),
                        new VolunteerPermissions.Organization(r.orgId(), r.unitId(), r.regionCode(), r.status())))
                .orElseThrow(() -> new NotFound("activity", activityId));
    }

    private record ActivityRow(ActivityId id, long organizationId, String name, String title, String description, String regionCode,
            String place, Risk risk, boolean insuranceRequired, @Nullable String insurance, List<String> skills, String status,
            @Nullable Long demandId, @Nullable Instant demandReportedAt, @Nullable String sourceKind, @Nullable String sourceRef,
            @Nullable String sourceLink) {
    }

    ActivityView view(ActivityId id, Set<VolunteerStep> allowed) {
        List<ActivityView.ShiftView> shifts = jdbc.sql("""
                SELECT s.id, s.role_name, s.place, s.starts_at, s.ends_at, s.capacity, s.taken,
                  (SELECT count(*) FROM volunteer_signup g WHERE g.shift_id = s.id AND g.status = 'WAITLISTED') AS waiting
                FROM volunteer_shift s WHERE s.activity_id = :id ORDER BY s.starts_at, s.id""")
                .param("id", id.value()).query(Rows.of(ActivityView.ShiftView.class)).list();
        return jdbc.sql("""
                SELECT a.id, a.organization_id, o.name, a.title, a.description, a.region_code, a.place, a.risk, a.insurance_required,
                  a.insurance, a.skills, a.status, a.demand_id, a.demand_reported_at, a.source_kind, a.source_ref, a.source_link
                FROM volunteer_activity a JOIN volunteer_organization o ON o.id = a.organization_id WHERE a.id = :id""")
                .param("id", id.value()).query(Rows.of(ActivityRow.class)).optional()
                .map(r -> new ActivityView(r.id(), r.organizationId(), r.name(), r.title(), r.description(), r.regionCode(),
                        r.place(), r.risk(), r.insuranceRequired(), r.insurance(), r.skills(), r.status(), r.demandId(),
                        r.demandReportedAt(), shifts, allowed.isEmpty() ? EnumSet.noneOf(VolunteerStep.class) : EnumSet.copyOf(allowed),
                        r.sourceKind() == null ? null : new TaskSource(r.sourceKind(), r.sourceRef(), r.sourceLink())))
                .orElseThrow(() -> new NotFound("activity", id));
    }
}
