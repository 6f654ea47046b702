package org.shegong.burden;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps of 为基层减负赋能 (role level; {@link BurdenPermissions} decides scope, ownership and state). */
public enum BurdenStep implements Step {
    /** A department (or a county/city/province body) applies to have communities do a work item. */
    APPLY_ADMISSION(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.DEPARTMENT_HANDLER)),
    /** The county-level body decides an application. */
    DECIDE_ADMISSION(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    /** Give work to a community through the platform (checked against its admitted list). */
    PUSH_WORK(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF,
            Role.DEPARTMENT_HANDLER)),
    /** Define, publish, return and accept data forms pushed down. */
    DEFINE_FORM(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF,
            Role.DEPARTMENT_HANDLER)),
    /** Fill in and submit a form aimed at one's own township or village. */
    FILL_FORM(EnumSet.of(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF)),
    /** Edit the province certificate catalogue. */
    MANAGE_CATALOGUE(EnumSet.of(Role.PROVINCE_ADMIN)),
    /** Record a certificate the village/community issued. */
    RECORD_CERTIFICATE(EnumSet.of(Role.VILLAGE_STAFF)),
    /** Register plaques and record their removal. */
    RECORD_PLAQUE(EnumSet.of(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF)),
    /** Run plaque clean-up campaigns. */
    MANAGE_CAMPAIGN(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF)),
    /** A township rates a county department's cooperation. */
    RATE_DEPARTMENT(EnumSet.of(Role.TOWNSHIP_STAFF)),
    /** Read the burden dashboard, department scores and exports. */
    VIEW_STATISTICS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF,
            Role.AUDITOR));

    private final Set<Role> roles;

    BurdenStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
