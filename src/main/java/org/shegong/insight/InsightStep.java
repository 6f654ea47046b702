package org.shegong.insight;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps on assessment, appeals and hotspots. */
public enum InsightStep implements Step {
    READ_RANKINGS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    DECIDE_APPEAL(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    EDIT_WEIGHTS(EnumSet.of(Role.PROVINCE_ADMIN)),
    READ_HOTSPOTS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    ADOPT_PROBLEM(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    /** 一屏统览: the leaders of a region (its administrators), read-only. */
    READ_OVERVIEW(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN));

    private final Set<Role> roles;

    InsightStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
