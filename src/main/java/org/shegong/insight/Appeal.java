package org.shegong.insight;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A unit's request (核减申诉) to leave one demand out of its score, and the supervisor's decision. */
public record Appeal(long id, long demandId, long unitId, String unitName, LocalDate month, String reason, String evidence,
        String status, String requestedBy, Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
        @Nullable String decisionReason) {
}
