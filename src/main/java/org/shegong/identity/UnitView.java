package org.shegong.identity;

import org.shegong.region.RegionCode;

/** A unit as other modules and the web see it. */
public record UnitView(UnitId id, String name, UnitKind kind, RegionCode region, boolean active, int version) {
}
