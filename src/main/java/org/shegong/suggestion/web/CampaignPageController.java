package org.shegong.suggestion.web;

import jakarta.servlet.http.HttpServletResponse;
import org.shegong.InvalidInput;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.shegong.region.Scope;
import org.shegong.suggestion.CampaignId;
import org.shegong.suggestion.CampaignManagement;
import org.shegong.suggestion.SuggestionRoute;
import org.shegong.suggestion.SuggestionStep;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Campaign pages for the suggestion office: list and draft, publish, close, publish the collective feedback. */
@Controller
class CampaignPageController {

    private final CampaignManagement campaigns;
    private final UnitManagement units;

    CampaignPageController(CampaignManagement campaigns, UnitManagement units) {
        this.campaigns = campaigns;
        this.units = units;
    }

    @GetMapping("/suggestions/campaigns")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("campaigns", campaigns.list(me));
        model.addAttribute("organs", units.search(Scope.PROVINCE, "", 300));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CampaignManagement.NewCampaign(null, null, null, null, me.unitId().value(), null, null));
        }
        return "suggestion/campaigns";
    }

    @PostMapping("/suggestions/campaigns")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    String create(@AuthenticationPrincipal StaffPrincipal me, CampaignManagement.NewCampaign form, Model model,
            HttpServletResponse response) {
        try {
            var c = campaigns.create(me, form);
            return "redirect:/suggestions/campaigns/" + c.campaign().id();
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("form", form);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(me, model);
        }
    }

    @GetMapping("/suggestions/campaigns/{id}")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("c", campaigns.get(me, new CampaignId(id)));
        return "suggestion/campaign";
    }

    @PostMapping("/suggestions/campaigns/{id}/publish")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    String publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) Integer version) {
        campaigns.publish(me, new CampaignId(id), version);
        return "redirect:/suggestions/campaigns/" + id;
    }

    @PostMapping("/suggestions/campaigns/{id}/close")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    String close(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) Integer version) {
        campaigns.close(me, new CampaignId(id), version);
        return "redirect:/suggestions/campaigns/" + id;
    }

    @PostMapping("/suggestions/campaigns/{id}/feedback")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    String feedback(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String feedback) {
        campaigns.publishFeedback(me, new CampaignId(id), version, feedback);
        return "redirect:/suggestions/campaigns/" + id;
    }
}
