package org.shegong.suggestion.web;

import java.util.List;
import org.shegong.identity.StaffPrincipal;
import org.shegong.suggestion.CampaignId;
import org.shegong.suggestion.CampaignManagement;
import org.shegong.suggestion.SuggestionRoute;
import org.shegong.suggestion.SuggestionStatistics;
import org.shegong.suggestion.SuggestionStep;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Statistics of 人民建议征集: the page with the frequent-terms chart, its data, the API and the Excel export. */
@Controller
class StatisticsController {

    private final SuggestionStatistics statistics;
    private final CampaignManagement campaigns;

    StatisticsController(SuggestionStatistics statistics, CampaignManagement campaigns) {
        this.statistics = statistics;
        this.campaigns = campaigns;
    }

    @GetMapping("/suggestions/statistics")
    @SuggestionRoute(SuggestionStep.VIEW_STATISTICS)
    String page(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Long campaign, Model model) {
        CampaignId id = campaign == null ? null : new CampaignId(campaign);
        model.addAttribute("f", statistics.figures(me, id));
        // typed as the campaigns' ids are, so the page's selected option compares equal ones
        model.addAttribute("campaign", id);
        model.addAttribute("campaigns", campaigns.catalogue());
        return "suggestion/statistics";
    }

    @GetMapping("/api/v1/suggestions/statistics")
    @SuggestionRoute(SuggestionStep.VIEW_STATISTICS)
    @ResponseBody
    SuggestionStatistics.Figures figures(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Long campaign) {
        return statistics.figures(me, campaign == null ? null : new CampaignId(campaign));
    }

    @GetMapping("/api/v1/suggestions/statistics/terms")
    @SuggestionRoute(SuggestionStep.VIEW_STATISTICS)
    @ResponseBody
    List<SuggestionStatistics.Term> terms(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Long campaign,
            @RequestParam(defaultValue = "30") int limit) {
        return statistics.frequentTerms(me, campaign == null ? null : new CampaignId(campaign), limit);
    }

    @GetMapping("/suggestions/statistics.xlsx")
    @SuggestionRoute(SuggestionStep.VIEW_STATISTICS)
    ResponseEntity<byte[]> excel(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Long campaign) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=suggestion-statistics.xlsx")
                .body(statistics.excel(me, campaign == null ? null : new CampaignId(campaign)));
    }
}
