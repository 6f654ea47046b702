package org.shegong.petition;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A computed statutory limit of one petition: the last day, the exclusive end instant, how it was
 * counted (naming holidays and roll-over), the unit answerable for it, and when it was met or closed.
 */
public record Due(Limit limit, LocalDate date, Instant dueAt, String explanation, String explanationEn, long unitId,
        @Nullable Instant metAt) {

    Due met(Instant at) {
        return metAt != null ? this : new Due(limit, date, dueAt, explanation, explanationEn, unitId, at);
    }

    public boolean pending() {
        return metAt == null;
    }

    /** Whether {@code at} lies within the limit (before 24:00 of the last day). */
    public boolean allows(Instant at) {
        return at.isBefore(dueAt);
    }

    public String basis() {
        return limit.basis();
    }
}
