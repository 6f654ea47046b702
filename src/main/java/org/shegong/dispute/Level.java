package org.shegong.dispute;

import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;

/** The level that holds a dispute: "小事不出村、大事不出镇、矛盾不上交". */
public enum Level {
    VILLAGE(RegionLevel.VILLAGE), TOWNSHIP(RegionLevel.TOWNSHIP), COUNTY(RegionLevel.COUNTY);

    private final RegionLevel region;

    Level(RegionLevel region) {
        this.region = region;
    }

    /** The region of this level that encloses {@code code}. */
    public RegionCode regionOf(RegionCode code) {
        return code.ancestorAt(region);
    }
}
