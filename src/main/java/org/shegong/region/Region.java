package org.shegong.region;

import org.jspecify.annotations.Nullable;

/**
 * One unit of the division tree.
 *
 * @param code       the 12-digit national statistical code
 * @param name       the official name, e.g. {@code 武侯区}
 * @param shortName  the name without its administrative suffix, e.g. {@code 武侯}
 * @param level      its level in the tree
 * @param parentCode the enclosing unit, {@code null} for the province
 * @param childCount how many units lie directly below it
 */
public record Region(RegionCode code, String name, String shortName, RegionLevel level,
        @Nullable RegionCode parentCode, int childCount) {
}
