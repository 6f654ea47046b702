package org.shegong.suggestion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.Anyone;
import org.shegong.InvalidInput;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.suggestion.CampaignId;
import org.shegong.suggestion.CampaignManagement;
import org.shegong.suggestion.Point;
import org.shegong.suggestion.PointId;
import org.shegong.suggestion.PointManagement;
import org.shegong.suggestion.SubmitSuggestion;
import org.shegong.suggestion.SuggestionManagement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's pages, phone first and without an account: the campaign catalogue with collective feedback, the form
 * (reached directly or through a collection point's signed QR link), the receipt, tracking and the showcase. A form is
 * answered with a redirect (Post/Redirect/Get); bad input re-renders it with the reason and stores nothing.
 */
@Controller
class PublicSuggestionController {

    private final SuggestionManagement suggestions;
    private final CampaignManagement campaigns;
    private final PointManagement points;
    private final RegionDirectory regions;

    PublicSuggestionController(SuggestionManagement suggestions, CampaignManagement campaigns, PointManagement points,
            RegionDirectory regions) {
        this.suggestions = suggestions;
        this.campaigns = campaigns;
        this.points = points;
        this.regions = regions;
    }

    record PublicForm(@Nullable Long campaignId, @Nullable String topic, @Nullable String reasons, @Nullable String measures,
            @Nullable String field, @Nullable String regionCode, @Nullable String name, @Nullable String phone,
            @Nullable Boolean anonymous, @Nullable Long point, @Nullable String sig) {

        SubmitSuggestion command() {
            return new SubmitSuggestion(campaignId == null ? null : new CampaignId(campaignId), topic, reasons, measures,
                    field, regionCode, name, phone, Boolean.TRUE.equals(anonymous));
        }

        /** The point the link names, if any. */
        @Nullable PointId pointId() {
            return point == null ? null : new PointId(point);
        }
    }

    @GetMapping("/public/suggestions")
    @Anyone
    String catalogue(Model model) {
        var all = campaigns.catalogue();
        model.addAttribute("openCampaigns", all.stream().filter(CampaignManagement.CampaignView::open).toList());
        model.addAttribute("pastCampaigns", all.stream().filter(v -> !v.open()).toList());
        return "suggestion/public-index";
    }

    @GetMapping("/public/suggestions/campaigns/{id}")
    @Anyone
    String campaign(@PathVariable long id, Model model) {
        model.addAttribute("c", campaigns.publicCampaign(new CampaignId(id)));
        return "suggestion/public-campaign";
    }

    @GetMapping("/public/suggestions/new")
    @Anyone
    String form(@RequestParam(required = false) Long campaign, @RequestParam(required = false) Long point,
            @RequestParam(required = false) String sig, Model model) {
        Point p = points.verified(point == null ? null : new PointId(point), sig).orElse(null);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PublicForm(campaign, null, null, null, null, null, null, null, false, point, sig));
        }
        return formPage(campaign, p, model);
    }

    private String formPage(@Nullable Long campaign, @Nullable Point point, Model model) {
        if (campaign != null) {
            model.addAttribute("campaign", campaigns.publicCampaign(new CampaignId(campaign)));
        }
        model.addAttribute("point", point);
        if (point != null && campaign == null) {
            // a point's poster leads here: the open campaigns are one tap away, the point kept as the channel
            model.addAttribute("openCampaigns", campaigns.catalogue().stream().filter(CampaignManagement.CampaignView::open).toList());
        }
        model.addAttribute("regions", regionChoices());
        return "suggestion/public-new";
    }

    private List<Region> regionChoices() {
        return regions.children(RegionCode.SICHUAN).stream()
                .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), regions.children(c.code()).stream()))
                .toList();
    }

    @PostMapping("/public/suggestions")
    @Anyone
    String submit(PublicForm form, Model model, HttpServletResponse response) {
        try {
            Point p = points.verified(form.pointId(), form.sig()).orElse(null);
            var submitted = suggestions.submitOnline(form.command(), p);
            return "redirect:/public/suggestions/done?code=" + submitted.trackingCode();
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("errorField", e.field());
            model.addAttribute("form", form);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Point p = null;
            try {
                p = points.verified(form.pointId(), form.sig()).orElse(null);
            } catch (InvalidInput forged) {
                // the form is shown again without the point; the error already says the link was not genuine
            }
            Long campaign = form.campaignId();
            if (campaign != null && "campaignId".equals(e.field()) && !"suggestion.campaign.closed".equals(e.messageKey())
                    && !"suggestion.campaign.notYetOpen".equals(e.messageKey())) {
                campaign = null;
            }
            return formPage(campaign, p, model);
        }
    }

    @GetMapping("/public/suggestions/done")
    @Anyone
    String done(@RequestParam String code, Model model) {
        model.addAttribute("code", code);
        return "suggestion/public-done";
    }

    @GetMapping("/public/suggestions/track")
    @Anyone
    String trackForm() {
        return "suggestion/public-track";
    }

    @PostMapping("/public/suggestions/track")
    @Anyone
    String track(@RequestParam String code, @RequestParam String lastFour, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("searched", true);
        suggestions.track(code, lastFour).ifPresent(t -> model.addAttribute("t", t));
        return "suggestion/public-track";
    }

    @GetMapping("/public/suggestions/showcase")
    @Anyone
    String showcase(Model model) {
        model.addAttribute("items", suggestions.showcase(100));
        return "suggestion/public-showcase";
    }
}
