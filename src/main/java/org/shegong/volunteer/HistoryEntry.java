package org.shegong.volunteer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One immutable change of an attendance record: who, when, what, the minutes it left, why. */
public record HistoryEntry(Instant at, String actor, String action, @Nullable Integer minutes, @Nullable String note) {
}
