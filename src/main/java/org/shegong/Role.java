package org.shegong;

import java.util.EnumSet;
import java.util.Set;

/**
 * Staff roles. An account's data scope comes from its unit, not from the role; the level of region a role's unit
 * must sit at is identity's rule ({@code identity.RoleGrantPolicy}).
 */
public enum Role {
    PROVINCE_ADMIN,
    CITY_ADMIN,
    COUNTY_ADMIN,
    TOWNSHIP_STAFF,
    VILLAGE_STAFF,
    GRID_WORKER,
    DEPARTMENT_HANDLER,
    HOTLINE_OPERATOR,
    /** 信访工作人员: registers, sorts and tracks petitions (信访工作条例). */
    PETITION_OFFICER,
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isAdministrator() {
        return this == PROVINCE_ADMIN || this == CITY_ADMIN || this == COUNTY_ADMIN;
    }

    public static final Set<Role> ADMINISTRATORS = EnumSet.of(PROVINCE_ADMIN, CITY_ADMIN, COUNTY_ADMIN);
}
