package org.shegong.petition;

import java.util.Map;
import org.shegong.Role;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Scope;

/**
 * Who is looking: the account, its unit, its data scope and whether it holds a petition role. {@link #VISIBLE} is the
 * one predicate every staff read uses — pages, API, export, search, statistics, alerts and the repeat check alike —
 * and {@link PetitionPermissions} decides the same in Java for a loaded petition.
 */
record Viewer(long accountId, long unitId, Scope scope, boolean petitionRole) {

    /**
     * Visible to the petition office (a petition role, in scope by region or as one of the case's units) and to the staff
     * assigned to the case in one of its units — nobody else, whatever their region (信访工作条例 §§8, 28, 46). A 检举控告
     * whose accused are not yet named is the petition office of the registering organ's region's alone, beside the
     * assigned handler (§30 ¶3). Never an accusation to a unit it accuses (§46, whatever that unit's role), never a
     * case to staff who recused or are accused (§28).
     */
    static final String VISIBLE = """
            ((:petitionRole
              and ((not :assignedOnly and p.region_code like :like)
                   or p.receiving_unit_id = :viewerUnit or p.handling_unit_id = :viewerUnit
                   or p.review_unit_id = :viewerUnit or p.re_review_unit_id = :viewerUnit)
              and (p.category <> 'ACCUSATION'
                   or p.receiving_unit_id = :viewerUnit
                   or (not :assignedOnly and p.receiving_region_code like :like)
                   or exists (select 1 from petition_organ vn where vn.petition_id = p.id)
                   or exists (select 1 from petition_recusal vn where vn.petition_id = p.id and vn.accused)))
             or exists (select 1 from petition_assignee va where va.petition_id = p.id and va.account_id = :viewerAccount
                        and va.unit_id = :viewerUnit
                        and va.unit_id in (p.receiving_unit_id, p.handling_unit_id, p.review_unit_id, p.re_review_unit_id)))
            and not (p.category = 'ACCUSATION'
                     and exists (select 1 from petition_organ vo where vo.petition_id = p.id and vo.unit_id = :viewerUnit))
            and not exists (select 1 from petition_recusal vr where vr.petition_id = p.id and vr.account_id = :viewerAccount)
            """;

    /** Parameters that see nothing, for a query whose visibility clause is switched off. */
    static final Map<String, Object> NOBODY = new Viewer(0, 0, Scope.assignedTo(0, org.shegong.region.RegionCode.SICHUAN), false)
            .params();

    static Viewer of(StaffPrincipal me) {
        return new Viewer(me.accountId().value(), me.unitId().value(), me.scope(), hasPetitionRole(me));
    }

    /** 信访工作机构: petition officers and the administrators of a region. */
    static boolean hasPetitionRole(StaffPrincipal me) {
        return me.has(Role.PETITION_OFFICER) || me.isAdministrator();
    }

    Map<String, Object> params() {
        return Map.of("assignedOnly", scope.assignedOnly(), "like", scope.regionLike(), "viewerUnit", unitId,
                "viewerAccount", accountId, "petitionRole", petitionRole);
    }
}
