package org.shegong.suggestion;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A suggestion as staff see it: the proposer's mobile only masked, the feedback deadline with how it was counted, the
 * group, the timeline, and the steps the viewer may take now ({@link #may(String)} for templates).
 */
public record SuggestionView(SuggestionId id, String trackingCode, @Nullable CampaignId campaignId,
        @Nullable String campaignTopic, Channel channel, @Nullable PointId pointId, @Nullable String sourceRef,
        String topic, String reasons, String measures, String field, String regionCode, String proposer,
        @Nullable String phoneMasked, boolean anonymous, SuggestionStatus status, @Nullable Long organUnitId,
        @Nullable String organName, @Nullable String answer, @Nullable Instant answeredAt,
        @Nullable LocalDate feedbackDueDate, @Nullable String feedbackRule, @Nullable String feedbackRuleEn,
        boolean overdue, SuggestionId groupId, int groupSize, @Nullable Screening screening,
        @Nullable String screeningNote, @Nullable Adoption adoption, @Nullable AdoptionResult adoptionResult,
        @Nullable String adoptionLink, Instant receivedAt, int version, Set<SuggestionStep> steps, List<Entry> timeline) {

    /** One change: who, when, which step, and why. */
    @Schema(name = "SuggestionViewEntry")
    public record Entry(Instant at, String actor, String step, @Nullable String note) {
    }

    /** Whether the viewer may take the named step now; an unknown name fails the page. */
    public boolean may(String step) {
        return steps.contains(SuggestionStep.valueOf(step));
    }
}
