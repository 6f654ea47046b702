package org.shegong.insight;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One demand behind a unit's figures: its part in each rate, and whether it is left out (merged into another
 * demand, or excluded by an approved appeal — {@code appeal} is the latest appeal's status).
 */
public record OrderFact(long demandId, String role, String categoryCode, String regionCode, Instant dispatchedAt,
        @Nullable Boolean acceptedOnTime, @Nullable Boolean repliedOnTime, @Nullable Boolean reached,
        @Nullable Boolean resolved, @Nullable String satisfaction, boolean merged, @Nullable String appeal) {

    public boolean counted() {
        return !merged && !"APPROVED".equals(appeal);
    }
}
