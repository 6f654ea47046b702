package org.shegong.demand;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A demand as an Open311 partner sees it ({@link DemandManagement#findForPartner}): in full when the partner
 * submitted it ({@code own}); otherwise without description, reply or contact, and placed only in its community
 * ({@code regionCode} and {@code address} of the village or community, no coordinates).
 */
public record Open311Request(String trackingCode, String categoryCode, DemandStatus status, boolean own,
        String regionCode, @Nullable String description, @Nullable String address, @Nullable Double lat,
        @Nullable Double lng, @Nullable Long leadUnitId, @Nullable String statusNotes, Instant requestedAt,
        Instant updatedAt, @Nullable Instant expectedAt) {
}
