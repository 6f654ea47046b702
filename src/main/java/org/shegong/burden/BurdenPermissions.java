package org.shegong.burden;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * Who may do what in this module, now: state × role × scope × relation. An application is seen by the applying
 * unit and by the regional bodies whose scope covers its county; only those bodies decide it. A form is seen by its
 * owner unit, by the regional staff whose scope covers its targets, and by the target units themselves; only the
 * owner returns or accepts submissions, only a target unit fills in. Out of sight answers 404.
 */
@Component
class BurdenPermissions {

    boolean visible(StaffPrincipal me, Application a) {
        return a.applicantUnitId() == me.unitId().value()
                || (!me.scope().assignedOnly() && me.scope().covers(RegionCode.of(a.countyCode())));
    }

    Set<BurdenStep> allowed(StaffPrincipal me, Application a) {
        Set<BurdenStep> out = EnumSet.noneOf(BurdenStep.class);
        if (visible(me, a) && a.status().equals("PENDING") && BurdenStep.DECIDE_ADMISSION.allowsAnyOf(me.roles())
                && !me.scope().assignedOnly() && me.scope().covers(RegionCode.of(a.countyCode()))) {
            out.add(BurdenStep.DECIDE_ADMISSION);
        }
        return out;
    }

    void require(StaffPrincipal me, Application a, BurdenStep step) {
        if (!visible(me, a)) {
            throw new NotFound("application", a.id());
        }
        if (!allowed(me, a).contains(step)) {
            throw new NotPermitted(!step.allowsAnyOf(me.roles()) ? "burden.rule.role"
                    : a.status().equals("PENDING") ? "burden.rule.countyBody" : "burden.rule.decided");
        }
    }

    /** A step with no record: the role decides. */
    void require(StaffPrincipal me, BurdenStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            throw new NotPermitted("burden.rule.role");
        }
    }

    boolean owner(StaffPrincipal me, DataForm f) {
        return f.ownerUnitId() == me.unitId().value();
    }

    /** Whether {@code me}'s unit is one of the form's targets (its region is a target region). */
    boolean target(StaffPrincipal me, DataForm f) {
        RegionCode r = me.unitRegion();
        return r.level().name().equals(f.targetLevel()) && RegionCode.of(f.targetRoot()).contains(r)
                && !me.scope().assignedOnly();
    }

    boolean visible(StaffPrincipal me, DataForm f) {
        return owner(me, f) || (!me.scope().assignedOnly() && (me.scope().covers(RegionCode.of(f.targetRoot()))
                || RegionCode.of(f.targetRoot()).contains(me.unitRegion())));
    }

    DataForm visibleOr404(StaffPrincipal me, DataForm f) {
        if (!visible(me, f)) {
            throw new NotFound("form", f.id());
        }
        return f;
    }

    Set<String> allowed(StaffPrincipal me, DataForm f) {
        Set<String> out = new java.util.TreeSet<>();
        if (!visible(me, f)) {
            return out;
        }
        boolean owner = owner(me, f) && BurdenStep.DEFINE_FORM.allowsAnyOf(me.roles());
        if (owner && f.status().equals("DRAFT")) {
            out.add("PUBLISH");
        }
        if (owner && f.status().equals("PUBLISHED")) {
            out.add("REVIEW");
            out.add("CLOSE");
        }
        if (target(me, f) && f.status().equals("PUBLISHED") && BurdenStep.FILL_FORM.allowsAnyOf(me.roles())) {
            out.add("FILL");
        }
        return out;
    }

    void requireOnForm(StaffPrincipal me, DataForm f, String action) {
        visibleOr404(me, f);
        if (!allowed(me, f).contains(action)) {
            String rule = switch (action) {
                case "FILL" -> target(me, f) ? "burden.rule.formClosed" : "burden.rule.target";
                default -> owner(me, f) ? "burden.rule.formState" : "burden.rule.owner";
            };
            throw new NotPermitted(rule);
        }
    }

    /** Village staff act for their own village only. */
    RegionCode ownVillage(StaffPrincipal me) {
        if (me.unitRegion().level() != RegionLevel.VILLAGE) {
            throw new NotPermitted("burden.rule.village");
        }
        return me.unitRegion();
    }
}
