package org.shegong.region;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/** One validated feature of a grid upload. */
record GridFeature(RegionCode code, String name, int householdCount, List<GridWorker> workers,
        @Nullable String supervisionPhone, @Nullable String areaNote, boolean demo, Geometry geometry) {
}
