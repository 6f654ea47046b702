package org.shegong.care;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Command: a visit as logged on a phone — when (default now; not in the future, at most 30 days back), where, what was
 * seen, the needs in the person's words, for a volunteer visitor the volunteer's name, and optionally a need to raise
 * at once ({@code needDescription}).
 */
public record NewVisit(@Nullable Instant visitedAt, @Nullable String place, @Nullable String seen, @Nullable String needs,
        @Nullable String visitorName, @Nullable String needDescription) {
}
