package org.shegong.partybuilding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A station to register; no hours means open around the clock. */
@Schema(name = "PartyBuildingNewStation")
public record NewStation(@Nullable String name, @Nullable String regionCode, @Nullable String address,
        @Nullable Double lat, @Nullable Double lng, @Nullable LocalTime opens, @Nullable LocalTime closes,
        @Nullable Set<StationService> services) {
}
