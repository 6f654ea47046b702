package org.shegong.suggestion;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of the staff list: no personal information beyond the masked proposer. */
@Schema(name = "SuggestionInboxRow")
public record InboxRow(SuggestionId id, String trackingCode, String topic, @Nullable String campaignTopic, Channel channel,
        SuggestionStatus status, @Nullable String organName, @Nullable LocalDate feedbackDueDate, boolean overdue,
        SuggestionId groupId, Instant receivedAt) {
}
