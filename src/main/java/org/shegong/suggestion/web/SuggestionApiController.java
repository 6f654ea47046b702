package org.shegong.suggestion.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.Anyone;
import org.shegong.SignedIn;
import org.shegong.identity.StaffPrincipal;
import org.shegong.suggestion.Adoption;
import org.shegong.suggestion.AdoptionResult;
import org.shegong.suggestion.CampaignId;
import org.shegong.suggestion.CampaignManagement;
import org.shegong.suggestion.CampaignStatus;
import org.shegong.suggestion.Channel;
import org.shegong.suggestion.InboxRow;
import org.shegong.suggestion.PublicSuggestion;
import org.shegong.suggestion.Screening;
import org.shegong.suggestion.SubmitSuggestion;
import org.shegong.suggestion.SuggestionId;
import org.shegong.suggestion.SuggestionManagement;
import org.shegong.suggestion.SuggestionRoute;
import org.shegong.suggestion.SuggestionStatus;
import org.shegong.suggestion.SuggestionStep;
import org.shegong.suggestion.SuggestionView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 人民建议征集 REST API: the public catalogue and showcase, staff entry, every handling step, and campaigns. */
@RestController
class SuggestionApiController {

    private final SuggestionManagement suggestions;
    private final CampaignManagement campaigns;

    SuggestionApiController(SuggestionManagement suggestions, CampaignManagement campaigns) {
        this.suggestions = suggestions;
        this.campaigns = campaigns;
    }

    /** A campaign as anyone sees it (no staff names). */
    record PublicCampaign(CampaignId id, String topic, String background, String field, String channels, String organ,
            Instant opensAt, Instant closesAt, CampaignStatus status, boolean open, long suggestions,
            @Nullable String feedback, @Nullable Instant feedbackAt) {

        static PublicCampaign of(CampaignManagement.CampaignView v) {
            var c = v.campaign();
            return new PublicCampaign(c.id() == null ? CampaignId.of(0) : c.id(), c.topic(), c.background(), c.field(), c.channels(),
                    c.organName(), c.opensAt(), c.closesAt(), v.statusNow(), v.open(), v.suggestions(),
                    v.statusNow() == CampaignStatus.FEEDBACK_PUBLISHED ? c.feedback() : null, c.feedbackAt());
        }
    }

    @GetMapping("/api/v1/public/suggestions/campaigns")
    @Anyone
    List<PublicCampaign> catalogue() {
        return campaigns.catalogue().stream().map(PublicCampaign::of).toList();
    }

    @GetMapping("/api/v1/public/suggestions/campaigns/{id}")
    @Anyone
    PublicCampaign campaign(@PathVariable long id) {
        return PublicCampaign.of(campaigns.publicCampaign(new CampaignId(id)));
    }

    @GetMapping("/api/v1/public/suggestions/showcase")
    @Anyone
    List<PublicSuggestion> showcase(@RequestParam(defaultValue = "50") int limit) {
        return suggestions.showcase(limit);
    }

    @Schema(name = "SuggestionEntry")
    record Entry(@Nullable Channel channel, @Nullable Long campaignId, @Nullable String topic, @Nullable String reasons,
            @Nullable String measures, @Nullable String field, @Nullable String regionCode, @Nullable String name,
            @Nullable String phone, @Nullable Boolean anonymous) {
    }

    @PostMapping("/api/v1/suggestions")
    @SuggestionRoute(SuggestionStep.REGISTER)
    ResponseEntity<SuggestionView> register(@AuthenticationPrincipal StaffPrincipal me, @RequestBody Entry body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return ResponseEntity.status(HttpStatus.CREATED).body(suggestions.register(me,
                new SubmitSuggestion(body.campaignId() == null ? null : new CampaignId(body.campaignId()), body.topic(), body.reasons(), body.measures(), body.field(),
                        body.regionCode(), body.name(), body.phone(), Boolean.TRUE.equals(body.anonymous())),
                body.channel() == null ? Channel.API : body.channel(), key));
    }

    @GetMapping("/api/v1/suggestions")
    @SignedIn
    List<InboxRow> inbox(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) SuggestionStatus status,
            @RequestParam(required = false) Long campaign, @RequestParam(defaultValue = "100") int limit) {
        return suggestions.inbox(me, status, campaign == null ? null : new CampaignId(campaign), limit);
    }

    @GetMapping("/api/v1/suggestions/{id}")
    @SignedIn
    SuggestionView get(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return suggestions.find(me, new SuggestionId(id));
    }

    /** The body of a step: the version read, and the step's own fields. */
    record Step(@Nullable Integer version, @Nullable Long unitId, @Nullable String answer, @Nullable Screening outcome,
            @Nullable String note, @Nullable Adoption adoption, @Nullable AdoptionResult result, @Nullable String link,
            @Nullable String categoryCode) {
    }

    @PostMapping("/api/v1/suggestions/{id}/accept")
    @SuggestionRoute(SuggestionStep.ACCEPT)
    SuggestionView accept(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Step s) {
        return suggestions.accept(me, new SuggestionId(id), s.version());
    }

    @PostMapping("/api/v1/suggestions/{id}/screen")
    @SuggestionRoute(SuggestionStep.SCREEN)
    SuggestionView screen(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Step s) {
        return suggestions.screen(me, new SuggestionId(id), s.version(), s.outcome(), s.note(), s.categoryCode());
    }

    @PostMapping("/api/v1/suggestions/{id}/transfer")
    @SuggestionRoute(SuggestionStep.TRANSFER)
    SuggestionView transfer(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Step s) {
        return suggestions.transfer(me, new SuggestionId(id), s.version(), s.unitId());
    }

    @PostMapping("/api/v1/suggestions/{id}/answer")
    @SuggestionRoute(SuggestionStep.ANSWER)
    SuggestionView answer(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Step s) {
        return suggestions.answer(me, new SuggestionId(id), s.version(), s.answer());
    }

    @PostMapping("/api/v1/suggestions/{id}/adopt")
    @SuggestionRoute(SuggestionStep.ADOPT)
    SuggestionView adopt(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Step s) {
        return suggestions.adopt(me, new SuggestionId(id), s.version(), s.adoption(), s.result(), s.link());
    }

    @GetMapping("/api/v1/suggestions/campaigns")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    List<CampaignManagement.CampaignView> campaigns(@AuthenticationPrincipal StaffPrincipal me) {
        return campaigns.list(me);
    }

    @GetMapping("/api/v1/suggestions/campaigns/{id}")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    CampaignManagement.CampaignView campaignForStaff(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return campaigns.get(me, new CampaignId(id));
    }

    @PostMapping("/api/v1/suggestions/campaigns")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    ResponseEntity<CampaignManagement.CampaignView> createCampaign(@AuthenticationPrincipal StaffPrincipal me,
            @RequestBody CampaignManagement.NewCampaign body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(campaigns.create(me, body));
    }

    record CampaignStep(@Nullable Integer version, @Nullable String feedback) {
    }

    @PostMapping("/api/v1/suggestions/campaigns/{id}/publish")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    CampaignManagement.CampaignView publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody CampaignStep s) {
        return campaigns.publish(me, new CampaignId(id), s.version());
    }

    @PostMapping("/api/v1/suggestions/campaigns/{id}/close")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    CampaignManagement.CampaignView close(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody CampaignStep s) {
        return campaigns.close(me, new CampaignId(id), s.version());
    }

    @PostMapping("/api/v1/suggestions/campaigns/{id}/feedback")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    CampaignManagement.CampaignView feedback(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody CampaignStep s) {
        return campaigns.publishFeedback(me, new CampaignId(id), s.version(), s.feedback());
    }

    record Regrouped(int groups) {
    }

    @PostMapping("/api/v1/suggestions/campaigns/{id}/regroup")
    @SuggestionRoute(SuggestionStep.MANAGE_CAMPAIGNS)
    Regrouped regroup(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return new Regrouped(suggestions.regroup(me, new CampaignId(id)));
    }
}
