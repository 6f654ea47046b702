package org.shegong.demand;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Command: register a citizen's demand. The place is given by a point (lat/lng → grid), by an address
 * (→ the deepest division it names) or, by an operator, directly as a region code. A letter or walk-in entered after it
 * came in gives the day it was received ({@code receivedOn}, bounded by {@code calendar.ReceiptDates}); its limits
 * count from that day.
 */
public record SubmitDemand(@Nullable DemandKind kind, @Nullable TimeLimitClass limitClass, @Nullable Channel channel,
        @Nullable String categoryCode, @Nullable String matter, @Nullable String phone, @Nullable String contactName,
        @Nullable String address, @Nullable Double lat, @Nullable Double lng, @Nullable String regionCode,
        @Nullable LocalDate receivedOn, @Nullable Boolean receiptConfirmed) {

    /** Received now (every channel but a letter or walk-in entered later). */
    public SubmitDemand(@Nullable DemandKind kind, @Nullable TimeLimitClass limitClass, @Nullable Channel channel,
            @Nullable String categoryCode, @Nullable String matter, @Nullable String phone, @Nullable String contactName,
            @Nullable String address, @Nullable Double lat, @Nullable Double lng, @Nullable String regionCode) {
        this(kind, limitClass, channel, categoryCode, matter, phone, contactName, address, lat, lng, regionCode, null, null);
    }
}
