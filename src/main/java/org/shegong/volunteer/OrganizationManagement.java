package org.shegong.volunteer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Volunteer organizations and teams: registered by the unit that runs them, approved by an administrator of the region. */
@Service
public class OrganizationManagement {

    private static final String SELECT = """
            SELECT o.id, o.name, o.unit_id, o.region_code, o.status, o.registered_by, o.registered_at, o.decided_by,
              o.decision_note, (SELECT count(*) FROM volunteer_member m WHERE m.organization_id = o.id) AS members
            FROM volunteer_organization o""";

    private final JdbcClient jdbc;
    private final VolunteerPermissions permissions;
    private final Clock clock;

    OrganizationManagement(JdbcClient jdbc, VolunteerPermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Registers an organization run by {@code me}'s unit, in the unit's region; it waits for approval. */
    @Transactional
    public OrganizationView register(StaffPrincipal me, String name) {
        if (!VolunteerStep.REGISTER_ORGANIZATION.allowsAnyOf(me.roles())) {
            throw new NotPermitted("volunteer.rule.role");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new InvalidInput("name", "volunteer.organization.name");
        }
        try {
            long id = jdbc.sql("""
                    INSERT INTO volunteer_organization (name, unit_id, region_code, status, registered_by, registered_at)
                    VALUES (:name, :unit, :region, 'PENDING', :by, :at) RETURNING id""")
                    .param("name", n).param("unit", me.unitId().value()).param("region", me.unitRegion().value())
                    .param("by", me.username()).param("at", Timestamp.from(clock.instant())).query(Long.class).single();
            return load(id);
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "volunteer.organization.taken");
        }
    }

    @Transactional
    public OrganizationView decide(StaffPrincipal me, long id, boolean approve, String note) {
        VolunteerPermissions.Organization org = facts(id, true);
        permissions.require(me, org, VolunteerStep.APPROVE_ORGANIZATION);
        if (!approve && (note == null || note.isBlank())) {
            throw new InvalidInput("note", "volunteer.organization.reason");
        }
        jdbc.sql("""
                UPDATE volunteer_organization SET status = :status, decided_by = :by, decided_at = :at, decision_note = :note
                WHERE id = :id""").param("status", approve ? "APPROVED" : "REJECTED").param("by", me.username())
                .param("at", Timestamp.from(clock.instant())).param("note", note == null ? null : note.strip())
                .param("id", id).update();
        return load(id);
    }

    /** Organizations in {@code me}'s region or run by their own unit. */
    @Transactional(readOnly = true)
    public List<OrganizationView> visibleTo(StaffPrincipal me) {
        return jdbc.sql(SELECT + " WHERE o.region_code LIKE :region OR o.unit_id = :unit ORDER BY o.status DESC, o.id DESC LIMIT 500")
                .param("region", me.scope().regionLike()).param("unit", me.unitId().value()).query(Rows.of(OrganizationView.class)).list();
    }

    /** Approved organizations run by {@code me}'s unit: those they organize activities for. */
    @Transactional(readOnly = true)
    public List<OrganizationView> runBy(StaffPrincipal me) {
        return jdbc.sql(SELECT + " WHERE o.unit_id = :unit AND o.status = 'APPROVED' ORDER BY o.id")
                .param("unit", me.unitId().value()).query(Rows.of(OrganizationView.class)).list();
    }

    @Transactional(readOnly = true)
    public OrganizationView find(StaffPrincipal me, long id) {
        VolunteerPermissions.Organization org = facts(id, false);
        if (!permissions.visible(me, org)) {
            throw new NotFound("organization", id);
        }
        return load(id);
    }

    /** A member of an organization: who joined (masked), when, and their role in the team. */
    @Schema(name = "OrganizationManagementMember")
    public record Member(VolunteerId volunteerId, String number, String name, String role, java.time.Instant joinedAt) {
    }

    /** Roles within a team: members, and leaders who lead a group on site. */
    public static final java.util.Set<String> MEMBER_ROLES = java.util.Set.of("MEMBER", "LEADER");

    @Transactional(readOnly = true)
    public List<Member> members(StaffPrincipal me, long id) {
        VolunteerPermissions.Organization org = facts(id, false);
        if (!permissions.visible(me, org)) {
            throw new NotFound("organization", id);
        }
        return jdbc.sql("""
                SELECT v.id AS volunteer_id, v.number, v.name, m.role, m.joined_at FROM volunteer_member m
                JOIN volunteer_volunteer v ON v.id = m.volunteer_id WHERE m.organization_id = :o ORDER BY m.role, m.joined_at""")
                .param("o", id).query(Rows.of(Member.class)).list();
    }

    /** The organizer sets a member's role in the team (only the unit that runs it). */
    @Transactional
    public List<Member> setRole(StaffPrincipal me, long id, VolunteerId volunteerId, String role) {
        permissions.require(me, facts(id, true), VolunteerStep.MANAGE_ACTIVITY);
        if (role == null || !MEMBER_ROLES.contains(role)) {
            throw new InvalidInput("role", "volunteer.member.role");
        }
        if (jdbc.sql("UPDATE volunteer_member SET role = :r WHERE organization_id = :o AND volunteer_id = :v")
                .param("r", role).param("o", id).param("v", volunteerId.value()).update() != 1) {
            throw new NotFound("member", volunteerId);
        }
        return members(me, id);
    }

    OrganizationView load(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).query(Rows.of(OrganizationView.class)).optional()
                .orElseThrow(() -> new NotFound("organization", id));
    }

    VolunteerPermissions.Organization facts(long id, boolean lock) {
        return jdbc.sql("SELECT id, unit_id, region_code, status FROM volunteer_organization WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
                .param("id", id).query(Rows.of(VolunteerPermissions.Organization.class)).optional()
                .orElseThrow(() -> new NotFound("organization", id));
    }
}
