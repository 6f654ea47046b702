package org.shegong;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.region.RegionLevel;

/** Staff roles. An account's data scope comes from its unit, not from the role. */
public enum Role {
    PROVINCE_ADMIN(RegionLevel.PROVINCE),
    CITY_ADMIN(RegionLevel.CITY),
    COUNTY_ADMIN(RegionLevel.COUNTY),
    TOWNSHIP_STAFF(RegionLevel.TOWNSHIP),
    VILLAGE_STAFF(RegionLevel.VILLAGE),
    GRID_WORKER(RegionLevel.VILLAGE),
    DEPARTMENT_HANDLER(null),
    HOTLINE_OPERATOR(null),
    /** 信访工作人员: registers, sorts and tracks petitions (信访工作条例). */
    PETITION_OFFICER(null),
    AUDITOR(null);

    /** For administrators: the level of region they administer (their unit must sit there). */
    private final RegionLevel adminLevel;

    Role(RegionLevel adminLevel) {
        this.adminLevel = adminLevel;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isAdministrator() {
        return this == PROVINCE_ADMIN || this == CITY_ADMIN || this == COUNTY_ADMIN;
    }

    /** The level of the region a unit must be at for an account of this role, if the role fixes one. */
    public RegionLevel unitLevel() {
        return adminLevel;
    }

    public static final Set<Role> ADMINISTRATORS = EnumSet.of(PROVINCE_ADMIN, CITY_ADMIN, COUNTY_ADMIN);
}
