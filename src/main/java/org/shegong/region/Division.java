package org.shegong.region;

import org.jspecify.annotations.Nullable;

/** A row of the shipped division file, with the names derived from it. */
record Division(String code, String name, String shortName, RegionLevel level, @Nullable String parentCode, int childCount) {

    Region toRegion() {
        return new Region(new RegionCode(code), name, shortName, level,
                parentCode == null ? null : new RegionCode(parentCode), childCount);
    }
}
