package org.shegong.petition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A petition in a list: the next pending limit and its colour ({@code overdue}, {@code soon} within three days,
 * {@code ok}), and no personal information.
 */
public record PetitionRow(PetitionId id, int version, String caseNumber, Channel channel, Category category, @Nullable Integer route,
        PetitionStatus status, String regionCode, String matter, Instant receivedAt, boolean major,
        @Nullable Long handlingUnitId, @Nullable String nextLimit, @Nullable Instant nextDueAt, String colour) {
}
