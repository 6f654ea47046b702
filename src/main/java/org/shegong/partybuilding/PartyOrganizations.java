package org.shegong.partybuilding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party organizations over registered units (own branch, joint branch, regional or industry organization) and
 * instructors or liaisons for units without one. Every unit must be visible to the caller; a unit belongs to one
 * party organization and a member is counted in one only.
 */
@Service
public class PartyOrganizations {

    private final JdbcClient jdbc;
    private final PartyBuildingRegistry registry;
    private final PartyBuildingPermissions permissions;
    private final Clock clock;

    PartyOrganizations(JdbcClient jdbc, PartyBuildingRegistry registry, PartyBuildingPermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public PartyOrganizationView form(StaffPrincipal me, FormPartyOrganization f) {
        permissions.require(me, PartyBuildingStep.ORGANIZE);
        if (f.kind() == null) {
            throw new InvalidInput("kind", "partybuilding.party.kind.required");
        }
        if (f.name() == null || f.name().isBlank() || f.name().strip().length() > 100) {
            throw new InvalidInput("name", "partybuilding.name.invalid");
        }
        List<OrganizationId> unitIds = f.organizationIds() == null ? List.of() : f.organizationIds();
        List<FormPartyOrganization.Member> members = f.members() == null ? List.of() : f.members();
        BranchRules.check(f.kind(), unitIds, members, f.committeeSize());
        List<OrganizationView> units = unitIds.stream().map(id -> registry.find(me.scope(), id)).toList();
        for (OrganizationView u : units) {
            permissions.require(me, u, PartyBuildingStep.ORGANIZE);
            if (u.partyOrganizationId() != null) {
                throw new InvalidInput("organizationIds", "partybuilding.party.unit.alreadyOrganized", u.name());
            }
        }
        RegionCode region = f.regionCode() == null || f.regionCode().isBlank() ? units.get(0).region()
                : RegionCode.isWellFormed(f.regionCode().strip()) ? RegionCode.of(f.regionCode().strip()) : null;
        if (region == null || !me.scope().covers(region)) {
            throw new InvalidInput("regionCode", "partybuilding.region.outOfScope", String.valueOf(f.regionCode()));
        }
        for (FormPartyOrganization.Member m : members) {
            Optional<String> elsewhere = jdbc.sql("""
                    SELECT p.name FROM partybuilding_member m JOIN partybuilding_party_org p ON p.id = m.party_org_id
                     WHERE m.member_no = :no""").param("no", m.memberNo().strip()).query(String.class).optional();
            if (elsewhere.isPresent()) {
                throw new InvalidInput("members", "partybuilding.member.elsewhere", m.memberNo().strip());
            }
        }
        LocalDate today = LocalDate.now(clock);
        Integer committee = f.kind().isBranch() && members.size() >= BranchRules.COMMITTEE_FROM ? f.committeeSize() : null;
        PartyOrganizationId id = new PartyOrganizationId(jdbc.sql("""
                INSERT INTO partybuilding_party_org (kind, name, region_code, committee_size, formed_on, created_by)
                VALUES (:kind, :name, :region, :committee, :on, :by) RETURNING id""")
                .param("kind", f.kind().name()).param("name", f.name().strip()).param("region", region.value())
                .param("committee", committee).param("on", today).param("by", me.accountId().value())
                .query(Long.class).single());
        for (OrganizationId unit : unitIds) {
            jdbc.sql("INSERT INTO partybuilding_party_org_unit (organization_id, party_org_id, joined_on) VALUES (:u, :p, :on)")
                    .param("u", unit.value()).param("p", id.value()).param("on", today).update();
            jdbc.sql("UPDATE partybuilding_organization SET party_kind = :kind, organized_on = :on WHERE id = :u")
                    .param("kind", f.kind().name()).param("on", today).param("u", unit.value()).update();
        }
        for (FormPartyOrganization.Member m : members) {
            jdbc.sql("""
                    INSERT INTO partybuilding_member (member_no, name, party_org_id, organization_id, probationary)
                    VALUES (:no, :name, :p, :u, :probationary)""")
                    .param("no", m.memberNo().strip()).param("name", m.name().strip()).param("p", id.value())
                    .param("u", m.organizationId().value()).param("probationary", m.probationary()).update();
        }
        return find(me.scope(), id);
    }

    /** A party organization is visible when every one of its units is. */
    @Transactional(readOnly = true)
    public PartyOrganizationView find(Scope scope, PartyOrganizationId id) {
        record Head(PartyOrganizationKind kind, String name, String regionCode, @Nullable Integer committeeSize,
                LocalDate formedOn) {
        }
        Head head = jdbc.sql("SELECT kind, name, region_code, committee_size, formed_on FROM partybuilding_party_org WHERE id = :id")
                .param("id", id.value())
                .query(Rows.of(Head.class)).optional().orElseThrow(() -> new NotFound("party organization", id));
        record Unit(OrganizationId id, String name, String regionCode, long competentUnitId, int fullMembers,
                int probationaryMembers) {
        }
        List<Unit> units = jdbc.sql("""
                SELECT o.id, o.name, o.region_code, o.competent_unit_id,
                       (SELECT count(*) FROM partybuilding_member m WHERE m.organization_id = o.id AND m.party_org_id = l.party_org_id AND NOT m.probationary) AS full_members,
                       (SELECT count(*) FROM partybuilding_member m WHERE m.organization_id = o.id AND m.party_org_id = l.party_org_id AND m.probationary) AS probationary_members
                  FROM partybuilding_party_org_unit l JOIN partybuilding_organization o ON o.id = l.organization_id
                 WHERE l.party_org_id = :id ORDER BY o.name, o.id""").param("id", id.value())
                .query(Rows.of(Unit.class)).list();
        boolean visible = !units.isEmpty()
                && units.stream().allMatch(u -> permissions.sees(scope, RegionCode.of(u.regionCode()), u.competentUnitId()));
        if (!visible) {
            throw new NotFound("party organization", id);
        }
        return new PartyOrganizationView(id, head.kind(), head.name(), RegionCode.of(head.regionCode()), head.committeeSize(),
                head.formedOn(), units.stream()
                        .map(u -> new PartyOrganizationView.UnitMembers(u.id(), u.name(), u.fullMembers(), u.probationaryMembers()))
                        .toList());
    }

    public enum InstructorKind {
        /** 党建指导员 */
        INSTRUCTOR,
        /** 党建联络员 */
        LIAISON
    }

    /** Assigns a party-building instructor or liaison to a unit: work coverage where no organization exists. */
    @Transactional
    public OrganizationView assignInstructor(StaffPrincipal me, OrganizationId organizationId, @Nullable String name,
            @Nullable InstructorKind kind) {
        OrganizationView unit = registry.find(me.scope(), organizationId);
        permissions.require(me, unit, PartyBuildingStep.ORGANIZE);
        if (name == null || name.isBlank() || name.strip().length() > 50) {
            throw new InvalidInput("name", "partybuilding.instructor.name.invalid");
        }
        if (kind == null) {
            throw new InvalidInput("kind", "partybuilding.instructor.kind.required");
        }
        jdbc.sql("INSERT INTO partybuilding_instructor (organization_id, name, kind, assigned_on) VALUES (:o, :n, :k, :on)")
                .param("o", organizationId.value()).param("n", name.strip()).param("k", kind.name())
                .param("on", LocalDate.now(clock)).update();
        jdbc.sql("UPDATE partybuilding_organization SET instructed_on = coalesce(instructed_on, :on) WHERE id = :o")
                .param("on", LocalDate.now(clock)).param("o", organizationId.value()).update();
        return registry.find(me.scope(), organizationId);
    }
}
