package org.shegong.suggestion.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.identity.StaffPrincipal;
import org.shegong.suggestion.AwardManagement;
import org.shegong.suggestion.AwardRound;
import org.shegong.suggestion.AwardRoundId;
import org.shegong.suggestion.SuggestionId;
import org.shegong.suggestion.SuggestionRoute;
import org.shegong.suggestion.SuggestionStep;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Award rounds for excellent suggestions: pages and API over {@link AwardManagement}. */
@Controller
class AwardController {

    private final AwardManagement awards;

    AwardController(AwardManagement awards) {
        this.awards = awards;
    }

    @GetMapping("/suggestions/awards")
    @SuggestionRoute(SuggestionStep.AWARD)
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("rounds", awards.list(me));
        return "suggestion/awards";
    }

    @PostMapping("/suggestions/awards")
    @SuggestionRoute(SuggestionStep.AWARD)
    String open(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String title, @RequestParam(required = false) String grades) {
        return "redirect:/suggestions/awards/" + awards.open(me, year, title, grades).id();
    }

    @GetMapping("/suggestions/awards/{id}")
    @SuggestionRoute(SuggestionStep.AWARD)
    String round(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("v", awards.get(me, new AwardRoundId(id)));
        return "suggestion/award";
    }

    @PostMapping("/suggestions/awards/{id}/grant")
    @SuggestionRoute(SuggestionStep.AWARD)
    String grant(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) Long suggestionId, @RequestParam(required = false) String grade) {
        awards.grant(me, new AwardRoundId(id), suggestionId == null ? null : new SuggestionId(suggestionId), grade);
        return "redirect:/suggestions/awards/" + id;
    }

    @PostMapping("/suggestions/awards/{id}/decide")
    @SuggestionRoute(SuggestionStep.AWARD)
    String decide(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) String panel) {
        awards.decide(me, new AwardRoundId(id), panel);
        return "redirect:/suggestions/awards/" + id;
    }

    record NewRound(@Nullable Integer year, @Nullable String title, @Nullable String grades) {
    }

    record Grant(@Nullable Long suggestionId, @Nullable String grade) {
    }

    record Decide(@Nullable String panel) {
    }

    @PostMapping("/api/v1/suggestions/awards")
    @SuggestionRoute(SuggestionStep.AWARD)
    @ResponseBody
    ResponseEntity<AwardRound> openApi(@AuthenticationPrincipal StaffPrincipal me, @RequestBody NewRound body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(awards.open(me, body.year(), body.title(), body.grades()));
    }

    @GetMapping("/api/v1/suggestions/awards")
    @SuggestionRoute(SuggestionStep.AWARD)
    @ResponseBody
    List<AwardRound> listApi(@AuthenticationPrincipal StaffPrincipal me) {
        return awards.list(me);
    }

    @GetMapping("/api/v1/suggestions/awards/{id}")
    @SuggestionRoute(SuggestionStep.AWARD)
    @ResponseBody
    AwardManagement.RoundView roundApi(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return awards.get(me, new AwardRoundId(id));
    }

    @PostMapping("/api/v1/suggestions/awards/{id}/grant")
    @SuggestionRoute(SuggestionStep.AWARD)
    @ResponseBody
    AwardRound grantApi(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Grant body) {
        return awards.grant(me, new AwardRoundId(id),
                body.suggestionId() == null ? null : new SuggestionId(body.suggestionId()), body.grade());
    }

    @PostMapping("/api/v1/suggestions/awards/{id}/decide")
    @SuggestionRoute(SuggestionStep.AWARD)
    @ResponseBody
    AwardRound decideApi(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Decide body) {
        return awards.decide(me, new AwardRoundId(id), body.panel());
    }
}
