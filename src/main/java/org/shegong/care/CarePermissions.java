package org.shegong.care;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Role;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Which steps a staff member may take on a registered person now. A person outside the caller's region (and not
 * theirs to visit) does not exist for them (404). A grid worker logs visits only in the grids whose worker list names
 * them (or for the people assigned to them). Sealed data is revealed only to those who need it: the assigned visitor
 * and the township's and county's civil-affairs side (township staff, county administrators) — PIPL §28 makes
 * children's and health data sensitive personal information.
 */
@Component
public class CarePermissions {

    private final Grids grids;

    CarePermissions(Grids grids) {
        this.grids = grids;
    }

    /** The facts of a person that decide. */
    record Person(PersonId id, String gridCode, @Nullable Long visitorAccountId) {
    }

    boolean visible(StaffPrincipal me, Person p) {
        return me.scope().covers(RegionCode.of(p.gridCode())) || assigned(me, p);
    }

    static boolean assigned(StaffPrincipal me, Person p) {
        return p.visitorAccountId() != null && p.visitorAccountId() == me.accountId().value();
    }

    /** The assigned visitor, or township staff / a county administrator whose region holds the person. */
    boolean needToKnow(StaffPrincipal me, Person p) {
        return assigned(me, p) || (me.scope().covers(RegionCode.of(p.gridCode()))
                && (me.has(Role.TOWNSHIP_STAFF) || me.has(Role.COUNTY_ADMIN)));
    }

    Set<CareStep> allowed(StaffPrincipal me, Person p) {
        Set<CareStep> out = EnumSet.noneOf(CareStep.class);
        if (!visible(me, p)) {
            return out;
        }
        for (CareStep step : CareStep.values()) {
            if (refusal(me, p, step) == null) {
                out.add(step);
            }
        }
        return out;
    }

    /** Refuses (404 out of scope, 403 with the rule otherwise) unless {@code me} may take {@code step} now. */
    void require(StaffPrincipal me, Person p, CareStep step) {
        if (!visible(me, p)) {
            throw new NotFound("person", p.id());
        }
        String rule = refusal(me, p, step);
        if (rule != null) {
            throw new NotPermitted(rule);
        }
    }

    private @Nullable String refusal(StaffPrincipal me, Person p, CareStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            return "care.rule.role";
        }
        if ((step == CareStep.LOG_VISIT || step == CareStep.RAISE_NEED) && onlyGridWorker(me) && !assigned(me, p)
                && !grids.servedBy(me.username()).contains(RegionCode.of(p.gridCode()))) {
            return "care.rule.outsideGrid";
        }
        if (step == CareStep.REVEAL && !needToKnow(me, p)) {
            return "care.rule.needToKnow";
        }
        return null;
    }

    /** A grid worker without village or township staff rights: bound to their own grids. */
    public static boolean onlyGridWorker(StaffPrincipal me) {
        return me.has(Role.GRID_WORKER) && !me.has(Role.VILLAGE_STAFF) && !me.has(Role.TOWNSHIP_STAFF);
    }
}
