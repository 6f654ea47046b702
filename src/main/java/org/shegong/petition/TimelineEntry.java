package org.shegong.petition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One immutable step of a petition: who (account and unit), when, which step, why. */
public record TimelineEntry(Instant at, String actor, @Nullable Long actorUnitId, PetitionStep step, @Nullable String detail) {
}
