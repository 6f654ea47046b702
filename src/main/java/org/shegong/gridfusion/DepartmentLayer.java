package org.shegong.gridfusion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.shegong.region.RegionCode;

/**
 * A department's grid layer of one county, kept beside the unified layer: named, versioned (each upload of the same
 * department and name is the next version), never edited.
 *
 * @param unitId the uploading department's unit, or {@code null} when an administrator uploaded it on its behalf
 */
public record DepartmentLayer(long id, RegionCode county, String department, @Nullable Long unitId, String name,
        int version, LayerStatus status, int gridCount, String uploadedBy, Instant uploadedAt, @Nullable String retiredBy,
        @Nullable Instant retiredAt) {
}
