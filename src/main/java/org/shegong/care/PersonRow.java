package org.shegong.care;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person in a list: masked as for everyone, with the plan's next due date. */
public record PersonRow(PersonId id, String name, String groupCode, Risk risk, String gridCode, @Nullable String visitorName,
        @Nullable Instant lastVisitAt, Instant nextDueAt, boolean overdue, @Nullable Instant escalatedAt) {
}
