package org.shegong.gridfusion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Command: a department asks the grid workers of an area for an inspection of an admitted work item.
 *
 * @param itemCode           the code of the item on the villages' admitted work lists (duty module)
 * @param area               a township, village or grid code; or
 * @param departmentalGridId a grid of the department's retired layer: its work goes to the unified grids it was mapped onto
 * @param due                the last day (Beijing time)
 */
public record PushInspection(@Nullable String itemCode, @Nullable String title, @Nullable String area,
        @Nullable Long departmentalGridId, @Nullable LocalDate due) {
}
