package org.shegong.gridfusion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.shegong.region.RegionCode;

/** An inspection a department asked the worker of one unified grid to make (one row per grid of the area pushed to). */
public record Inspection(long id, String batch, long unitId, String department, String itemCode, String itemName,
        String title, RegionCode grid, Instant dueAt, boolean done, String createdBy, Instant createdAt,
        @Nullable String doneBy, @Nullable Instant doneAt, @Nullable String note) {

    public boolean overdue(Instant now) {
        return !done && dueAt.isBefore(now);
    }
}
