package org.shegong.region;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A grid (网格) of the one unified grid layer (多网融合, DOMAIN §1): the smallest unit of the tree,
 * inside one village or community, with its polygon and public display data.
 *
 * @param code             15 digits: the village code plus 3
 * @param geometry         the polygon or multipolygon as GeoJSON geometry text (WGS 84, lng/lat)
 * @param areaSquareMetres approximate area
 * @param demo             generated demonstration data (shown as 演示数据)
 * @param version          for optimistic locking of edits
 */
public record Grid(RegionCode code, String name, RegionCode villageCode, RegionCode townshipCode, int householdCount,
        List<GridWorker> workers, @Nullable String supervisionPhone, @Nullable String areaNote, boolean demo,
        String geometry, double areaSquareMetres, long version, Instant updatedAt) {
}
