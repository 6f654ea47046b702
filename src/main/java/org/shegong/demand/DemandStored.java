package org.shegong.demand;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.shegong.region.RegionCode;

/**
 * Inside this module only, in the registering transaction: a new demand with the text its own listeners index and
 * learn from (words for the repeat check, the intake lesson), so that none of them reads the row it was just written
 * in (issue 12's intake ledger). Not a module event: it carries the matter, which {@link DemandReceived} never does.
 */
record DemandStored(DemandId id, String categoryCode, RegionCode region, Instant receivedAt, String matter,
        @Nullable Double lat, @Nullable Double lng) {
}
