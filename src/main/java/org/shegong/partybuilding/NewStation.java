package org.shegong.partybuilding;

import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A station to register; no hours means open around the clock. */
public record NewStation(@Nullable String name, @Nullable String regionCode, @Nullable String address,
        @Nullable Double lat, @Nullable Double lng, @Nullable LocalTime opens, @Nullable LocalTime closes,
        @Nullable Set<StationService> services) {
}
