package org.shegong.demand;

import org.jspecify.annotations.Nullable;

/**
 * Command: register a citizen's demand. The place is given by a point (lat/lng → grid), by an address
 * (→ the deepest division it names) or, by an operator, directly as a region code.
 */
public record SubmitDemand(@Nullable DemandKind kind, @Nullable TimeLimitClass limitClass, @Nullable Channel channel,
        @Nullable String categoryCode, @Nullable String matter, @Nullable String phone, @Nullable String contactName,
        @Nullable String address, @Nullable Double lat, @Nullable Double lng, @Nullable String regionCode) {
}
