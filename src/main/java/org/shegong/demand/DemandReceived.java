package org.shegong.demand;

import java.time.Instant;

/** A demand was registered (for hotspots: category × area × period). Never carries the requester's contact. */
public record DemandReceived(long demandId, String regionCode, String categoryCode, DemandKind kind, Instant at) {
}
