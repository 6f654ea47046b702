package org.shegong.petition;

import java.util.Map;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Scope;

/**
 * Who is looking: the account, its unit and data scope. {@link #VISIBLE} is the one predicate every staff read
 * uses — pages, API, export, search and statistics alike.
 */
record Viewer(long accountId, long unitId, Scope scope) {

    /**
     * In scope (by region, or as the receiving, handling or review unit), and never an accusation to a unit it accuses
     * (信访工作条例 §30, §46: whatever that unit's role), and never to staff who declared recusal (§28).
     */
    static final String VISIBLE = """
            ((not :assignedOnly and p.region_code like :like)
              or p.receiving_unit_id = :viewerUnit or p.handling_unit_id = :viewerUnit
              or p.review_unit_id = :viewerUnit or p.re_review_unit_id = :viewerUnit)
            and not (p.category = 'ACCUSATION'
                     and exists (select 1 from petition_organ vo where vo.petition_id = p.id and vo.unit_id = :viewerUnit))
            and not exists (select 1 from petition_recusal vr where vr.petition_id = p.id and vr.account_id = :viewerAccount)
            """;

    static Viewer of(StaffPrincipal me) {
        return new Viewer(me.accountId(), me.unitId(), me.scope());
    }

    Map<String, Object> params() {
        return Map.of("assignedOnly", scope.assignedOnly(), "like", scope.regionLike(), "viewerUnit", unitId,
                "viewerAccount", accountId);
    }
}
