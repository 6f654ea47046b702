package org.shegong.duty;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps on duty lists and the category catalogue. */
public enum DutyStep implements Step {
    EDIT_DUTY_LISTS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    EDIT_CATALOGUE(EnumSet.of(Role.PROVINCE_ADMIN));

    private final Set<Role> roles;

    DutyStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
