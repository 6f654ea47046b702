package org.shegong.limit;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps on access limits. */
public enum LimitStep implements Step {
    LIFT_BLOCKS(EnumSet.of(Role.PROVINCE_ADMIN));

    private final Set<Role> roles;

    LimitStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
