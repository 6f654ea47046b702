package org.shegong.demand.web;

import org.shegong.Anyone;
import org.shegong.demand.DemandRoute;
import org.shegong.demand.DemandStep;
import org.shegong.demand.IntakeJudgement;
import org.shegong.identity.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/**
 * Suggestions while a demand is typed: for the operator (categories, emergency, repeats, place) and for a citizen on
 * the public page (categories and emergency only; rate-limited as {@code public-suggest}, under /public so the page's session and CSRF token guard it).
 */
@RestController
class JudgementController {

    private final IntakeJudgement judgement;

    JudgementController(IntakeJudgement judgement) {
        this.judgement = judgement;
    }

    @PostMapping("/api/v1/demands/suggest")
    @DemandRoute(DemandStep.SUBMIT)
    IntakeJudgement.Advice suggest(@AuthenticationPrincipal StaffPrincipal me, @RequestBody IntakeJudgement.Typed typed) {
        return judgement.suggest(me, typed);
    }

    record CitizenText(@Nullable String text) {
    }

    @PostMapping("/public/demands/suggest")
    @Anyone
    IntakeJudgement.Advice suggestForCitizen(@RequestBody CitizenText body) {
        return judgement.suggestForCitizen(body.text());
    }
}
