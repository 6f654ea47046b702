package org.shegong.volunteer;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Which steps a staff member may take on an organization's records now. The organizer is the unit that runs the
 * organization: 志愿服务记录与证明出具办法 §§6, 12 ("谁组织谁记录、谁记录谁证明") — only it records attendance, confirms
 * hours, decides corrections and runs its activities. An organization outside the caller's region (and not their own
 * unit's) does not exist for them (404).
 */
@Component
public class VolunteerPermissions {

    private static final Set<VolunteerStep> ORGANIZER_ONLY = EnumSet.of(VolunteerStep.MANAGE_ACTIVITY,
            VolunteerStep.RECORD_ATTENDANCE, VolunteerStep.CONFIRM_HOURS, VolunteerStep.DECIDE_CORRECTION);

    /** The facts of an organization that decide. */
    record Organization(long id, long unitId, String regionCode, OrganizationStatus status) {
    }

    boolean visible(StaffPrincipal me, Organization org) {
        return me.unitId().value() == org.unitId() || me.scope().covers(RegionCode.of(org.regionCode()));
    }

    /** The steps {@code me} may take on the organization's records now. */
    Set<VolunteerStep> allowed(StaffPrincipal me, Organization org) {
        Set<VolunteerStep> out = EnumSet.noneOf(VolunteerStep.class);
        if (!visible(me, org)) {
            return out;
        }
        for (VolunteerStep step : VolunteerStep.values()) {
            if (refusal(me, org, step) == null) {
                out.add(step);
            }
        }
        return out;
    }

    /** Refuses (404 out of scope, 403 with the rule otherwise) unless {@code me} may take {@code step} now. */
    void require(StaffPrincipal me, Organization org, VolunteerStep step) {
        if (!visible(me, org)) {
            throw new NotFound("organization", org.id());
        }
        String rule = refusal(me, org, step);
        if (rule != null) {
            throw new NotPermitted(rule);
        }
    }

    private static String refusal(StaffPrincipal me, Organization org, VolunteerStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            return "volunteer.rule.role";
        }
        if (ORGANIZER_ONLY.contains(step)) {
            if (me.unitId().value() != org.unitId()) {
                return "volunteer.rule.organizer";
            }
            if (org.status() != OrganizationStatus.APPROVED) {
                return "volunteer.rule.notApproved";
            }
        }
        if (step == VolunteerStep.APPROVE_ORGANIZATION) {
            if (!me.scope().covers(RegionCode.of(org.regionCode()))) {
                return "volunteer.rule.role";
            }
            if (org.status() != OrganizationStatus.PENDING) {
                return "volunteer.rule.decided";
            }
        }
        return null;
    }
}
