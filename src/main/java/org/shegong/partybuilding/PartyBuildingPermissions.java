package org.shegong.partybuilding;

import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.identity.RouteDecisions;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Who may take which {@link PartyBuildingStep} on which organization (docs/decisions/0005-permissions.md): the
 * role level of the step, then the record — an organization is visible to staff whose region holds it, and to a
 * functional department only when that department is its competent department ("管行业就要管党建"). An organization
 * outside the caller's scope is 404, never 403.
 */
@Component
class PartyBuildingPermissions {

    /** The role level, for steps that concern no single record yet. */
    void require(StaffPrincipal me, PartyBuildingStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            throw new NotPermitted("identity.rule.role", new DefaultMessageSourceResolvable(new String[] { RouteDecisions.labelKey(step) }, step.name()));
        }
    }

    boolean sees(Scope scope, RegionCode region, long competentUnitId) {
        return scope.covers(region) && (!scope.assignedOnly() || Long.valueOf(competentUnitId).equals(scope.unitId()));
    }

    /** Refuses a step on an organization: 404 outside the scope, 403 by role. */
    void require(StaffPrincipal me, OrganizationView o, PartyBuildingStep step) {
        if (!sees(me.scope(), o.region(), o.competentUnitId())) {
            throw new NotFound("organization", o.id());
        }
        require(me, step);
    }

    /** Whether {@code me} may register an organization at {@code region} answered for by {@code competentUnitId}. */
    void requireNew(StaffPrincipal me, RegionCode region, long competentUnitId) {
        require(me, PartyBuildingStep.REGISTER);
        if (!me.scope().covers(region)) {
            throw new InvalidInput("regionCode", "partybuilding.region.outOfScope", region.value());
        }
        if (me.scope().assignedOnly() && competentUnitId != me.unitId().value()) {
            throw new NotPermitted("partybuilding.rule.competentDepartment");
        }
    }
}
