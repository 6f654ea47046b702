package org.shegong.suggestion;

import org.jspecify.annotations.Nullable;

/**
 * A suggestion as given (§10): topic, reasons, proposed measures, proposer name and mobile, whether the proposer wants
 * to stay anonymous in public; optionally the campaign, the field and the region it concerns.
 */
public record SubmitSuggestion(@Nullable CampaignId campaignId, @Nullable String topic, @Nullable String reasons,
        @Nullable String measures, @Nullable String field, @Nullable String regionCode, @Nullable String name,
        @Nullable String phone, boolean anonymous) {
}
