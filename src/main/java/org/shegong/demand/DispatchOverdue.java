package org.shegong.demand;

import java.time.Instant;

/** A demand the hotline did not dispatch by its dispatch deadline; {@code regionCode} is where it belongs. */
public record DispatchOverdue(long demandId, String regionCode, Instant dispatchBy) {
}
