package org.shegong.dispute;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dispute to register.
 *
 * @param kind        type of dispute
 * @param facts       what the dispute is about (at most 2,000 characters)
 * @param regionCode  the village (12 digits) or grid (15 digits) where it arose
 * @param place       the household or place, optional (at most 200 characters)
 * @param risk        risk level; {@code VIOLENCE} needs {@code policeReport}
 * @param source      where it came to light ({@code CARE_VISIT} only through {@link DisputeRegister#registerFromCareVisit})
 * @param sourceId    the demand id, petition id or screening item id of the source, when there is one
 * @param parties     two to twenty parties
 * @param policeReport whom the police were told and how (人民调解法 §25), required for {@code VIOLENCE}
 */
public record NewDispute(@Nullable DisputeKind kind, @Nullable String facts, @Nullable String regionCode,
        @Nullable String place, @Nullable Risk risk, @Nullable DisputeSource source, @Nullable Long sourceId,
        @Nullable List<Party> parties, @Nullable String policeReport) {

    /** A party: name, and a resident identity number when known (sealed in the PII vault, shown masked). */
    public record Party(@Nullable String name, @Nullable String idNumber) {
    }
}
