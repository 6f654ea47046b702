package org.shegong.calendar;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps of calendar administration. */
public enum CalendarStep implements Step {
    EDIT_SCHEDULE(EnumSet.of(Role.PROVINCE_ADMIN));

    private final Set<Role> roles;

    CalendarStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
