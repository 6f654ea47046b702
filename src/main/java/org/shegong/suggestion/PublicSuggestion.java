package org.shegong.suggestion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What anyone may see of a suggestion (the showcase, the public API) or what its proposer sees with the tracking code:
 * the proposer only as a masked name or 匿名, never the mobile.
 */
public record PublicSuggestion(String trackingCode, @Nullable String campaignTopic, String topic, String measures,
        String field, String proposer, SuggestionStatus status, @Nullable String answer, @Nullable Instant answeredAt,
        @Nullable Screening screening, @Nullable String screeningNote, @Nullable Adoption adoption,
        @Nullable AdoptionResult adoptionResult, @Nullable String adoptionLink, @Nullable String campaignFeedback,
        Instant receivedAt) {
}
