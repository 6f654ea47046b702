package org.shegong.identity;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps of identity administration. */
public enum IdentityStep implements Step {
    MANAGE_UNITS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    MANAGE_ACCOUNTS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    READ_AUDIT(EnumSet.of(Role.AUDITOR));

    private final Set<Role> roles;

    IdentityStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
