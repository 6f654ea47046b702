package org.shegong.petition;

import java.time.Instant;

/**
 * An earlier petition of the same petitioner (same resident id) with similar facts, found at registration:
 * {@code concluded} blocks (信访工作条例 §36), otherwise it is a warning (§19 ¶3).
 */
public record EarlierPetition(PetitionId id, String caseNumber, PetitionStatus status, Instant receivedAt, double similarity,
        boolean concluded) {
}
