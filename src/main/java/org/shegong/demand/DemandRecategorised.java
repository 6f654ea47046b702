package org.shegong.demand;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The hotline corrected a demand's category in re-dispatching a return it upheld: filed under {@code toCategory}
 * (and the catalogue item {@code itemCode}, when one was chosen) instead of {@code fromCategory}.
 */
public record DemandRecategorised(DemandId demandId, String fromCategory, String toCategory, @Nullable String itemCode,
        Instant at) {
}
