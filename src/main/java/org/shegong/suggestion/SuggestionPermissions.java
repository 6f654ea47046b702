package org.shegong.suggestion;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a suggestion or a campaign, now: state × role × scope × relation. The suggestion office of a
 * region (administrators, petition officers) accepts, screens and transfers what was received inside its region; only
 * the competent organ the suggestion was transferred to answers it and records its adoption. A record outside the
 * caller's scope is not found (404), never refused.
 */
@Component
class SuggestionPermissions {

    /** Whether {@code me} may see {@code s} at all: inside the scope's region, or transferred to their unit. */
    boolean visible(StaffPrincipal me, Suggestion s) {
        Scope scope = me.scope();
        boolean inRegion = scope.covers(RegionCode.of(s.regionCode));
        boolean organ = s.organUnitId != null && s.organUnitId == me.unitId().value();
        return organ || (inRegion && (!scope.assignedOnly() || organ));
    }

    Suggestion visibleOr404(StaffPrincipal me, Suggestion s) {
        if (!visible(me, s)) {
            throw new NotFound("suggestion", s.id());
        }
        return s;
    }

    /** The steps {@code me} may take on {@code s} now. */
    Set<SuggestionStep> allowed(StaffPrincipal me, Suggestion s) {
        Set<SuggestionStep> out = EnumSet.noneOf(SuggestionStep.class);
        if (!visible(me, s)) {
            return out;
        }
        boolean office = !me.scope().assignedOnly() && me.scope().covers(RegionCode.of(s.regionCode));
        boolean organ = s.organUnitId != null && s.organUnitId == me.unitId().value();
        if (office && s.status == SuggestionStatus.REGISTERED && SuggestionStep.ACCEPT.allowsAnyOf(me.roles())) {
            out.add(SuggestionStep.ACCEPT);
        }
        if (office && (s.status == SuggestionStatus.REGISTERED || s.status == SuggestionStatus.ACCEPTED)
                && SuggestionStep.SCREEN.allowsAnyOf(me.roles())) {
            out.add(SuggestionStep.SCREEN);
        }
        if (office && (s.status == SuggestionStatus.ACCEPTED || s.status == SuggestionStatus.TRANSFERRED)
                && SuggestionStep.TRANSFER.allowsAnyOf(me.roles())) {
            out.add(SuggestionStep.TRANSFER);
        }
        if (organ && s.status == SuggestionStatus.TRANSFERRED && SuggestionStep.ANSWER.allowsAnyOf(me.roles())) {
            out.add(SuggestionStep.ANSWER);
        }
        if (organ && s.status == SuggestionStatus.ANSWERED && s.adoption == null
                && SuggestionStep.ADOPT.allowsAnyOf(me.roles())) {
            out.add(SuggestionStep.ADOPT);
        }
        return out;
    }

    /** Refuses a step on a record: 404 when out of sight, 403 naming the rule otherwise. */
    void require(StaffPrincipal me, Suggestion s, SuggestionStep step) {
        visibleOr404(me, s);
        if (!allowed(me, s).contains(step)) {
            throw new NotPermitted(ruleOf(me, s, step));
        }
    }

    private String ruleOf(StaffPrincipal me, Suggestion s, SuggestionStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            return "suggestion.rule.role";
        }
        if ((step == SuggestionStep.ANSWER || step == SuggestionStep.ADOPT)
                && (s.organUnitId == null || s.organUnitId != me.unitId().value())) {
            return "suggestion.rule.organ";
        }
        if ((step == SuggestionStep.ACCEPT || step == SuggestionStep.SCREEN || step == SuggestionStep.TRANSFER)
                && me.scope().assignedOnly()) {
            return "suggestion.rule.office";
        }
        return "suggestion.rule.state";
    }

    /** A step with no record (register, manage points): the role decides. */
    void require(StaffPrincipal me, SuggestionStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            throw new NotPermitted("suggestion.rule.role");
        }
    }

    boolean campaignVisible(StaffPrincipal me, Campaign c) {
        return me.scope().covers(RegionCode.of(c.regionCode())) || c.organUnitId() == me.unitId().value();
    }

    /** The campaign steps {@code me} may take now (only {@link SuggestionStep#MANAGE_CAMPAIGNS}, by state). */
    Set<String> allowedOnCampaign(StaffPrincipal me, Campaign c, Instant now) {
        Set<String> out = new java.util.TreeSet<>();
        if (!campaignVisible(me, c) || !SuggestionStep.MANAGE_CAMPAIGNS.allowsAnyOf(me.roles())
                || me.scope().assignedOnly()) {
            return out;
        }
        CampaignStatus st = c.statusAt(now);
        if (st == CampaignStatus.DRAFT) {
            out.add("PUBLISH");
        }
        if (st == CampaignStatus.PUBLISHED) {
            out.add("CLOSE");
        }
        if (st == CampaignStatus.CLOSED) {
            out.add("PUBLISH_FEEDBACK");
        }
        return out;
    }

    void requireCampaign(StaffPrincipal me, Campaign c, String action, Instant now) {
        if (!campaignVisible(me, c)) {
            throw new NotFound("campaign", c.id());
        }
        if (!SuggestionStep.MANAGE_CAMPAIGNS.allowsAnyOf(me.roles()) || me.scope().assignedOnly()) {
            throw new NotPermitted("suggestion.rule.role");
        }
        if (!allowedOnCampaign(me, c, now).contains(action)) {
            throw new NotPermitted("suggestion.rule.campaignState");
        }
    }
}
