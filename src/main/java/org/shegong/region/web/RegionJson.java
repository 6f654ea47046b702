package org.shegong.region.web;

import org.jspecify.annotations.Nullable;
import org.shegong.region.Region;

/** A division as the API shows it. */
record RegionJson(String code, String name, String level, @Nullable String parentCode, int childCount) {

    static RegionJson of(Region r) {
        return new RegionJson(r.code().value(), r.name(), r.level().name(),
                r.parentCode() == null ? null : r.parentCode().value(), r.childCount());
    }
}
