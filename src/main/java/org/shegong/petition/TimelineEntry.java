package org.shegong.petition;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One immutable step of a petition: who (account and unit), when, which step, why. */
@Schema(name = "PetitionTimelineEntry")
public record TimelineEntry(Instant at, String actor, @Nullable Long actorUnitId, PetitionStep step, @Nullable String detail) {
}
