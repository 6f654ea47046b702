package org.shegong.demand;

import java.time.Instant;

/**
 * A likely repeat of a demand, for staff: the other demand's code, state, matter and how alike the two are
 * ({@code similarity} 0…1); {@code nearby} when found by map point rather than by village. Never the other
 * requester's contact.
 */
public record Repeat(DemandId demandId, String trackingCode, DemandStatus status, String categoryCode, String regionCode,
        Instant receivedAt, String matter, double similarity, boolean nearby) {
}
