package org.shegong.demand;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A demand was registered (for hotspots: category × area × period). {@code at} is when it was received (a letter or
 * walk-in entered later keeps the day it arrived, decision 0006), {@code enteredAt} when it was entered (null in events
 * stored before it existed: entered when received). Never carries the requester's contact.
 */
public record DemandReceived(DemandId demandId, String regionCode, String categoryCode, DemandKind kind, Instant at,
        @Nullable Instant enteredAt) {

    public DemandReceived(DemandId demandId, String regionCode, String categoryCode, DemandKind kind, Instant at) {
        this(demandId, regionCode, categoryCode, kind, at, at);
    }
}
