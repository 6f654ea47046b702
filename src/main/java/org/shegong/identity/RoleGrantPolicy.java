package org.shegong.identity;

import org.shegong.Role;
import java.util.EnumSet;
import java.util.Set;
import org.shegong.InvalidInput;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;

/**
 * Who may give which role to whom: an administrator never grants a role above its own level
 * (a county administrator cannot create a city administrator), auditors are appointed only at
 * province level (separation of duties, GB/T 22239-2019 §8.1.4.2), and roles tied to a level need
 * a unit at that level.
 */
final class RoleGrantPolicy {

    private RoleGrantPolicy() {
    }

    static Set<Role> grantableBy(StaffPrincipal actor) {
        if (actor.has(Role.PROVINCE_ADMIN)) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> out = EnumSet.allOf(Role.class);
        out.remove(Role.PROVINCE_ADMIN);
        out.remove(Role.AUDITOR);
        if (!actor.has(Role.CITY_ADMIN)) {
            out.remove(Role.CITY_ADMIN);
        }
        if (!actor.isAdministrator()) {
            return EnumSet.noneOf(Role.class);
        }
        return out;
    }

    /** The level of region a unit must be at for an account of this role, where the role fixes one. */
    static @org.jspecify.annotations.Nullable RegionLevel unitLevel(Role role) {
        return switch (role) {
            case PROVINCE_ADMIN -> RegionLevel.PROVINCE;
            case CITY_ADMIN -> RegionLevel.CITY;
            case COUNTY_ADMIN -> RegionLevel.COUNTY;
            case TOWNSHIP_STAFF -> RegionLevel.TOWNSHIP;
            case VILLAGE_STAFF, GRID_WORKER -> RegionLevel.VILLAGE;
            default -> null;
        };
    }

    static void check(StaffPrincipal actor, Set<Role> roles, RegionCode unitRegion) {
        Set<Role> allowed = grantableBy(actor);
        for (Role role : roles) {
            if (!allowed.contains(role)) {
                throw new InvalidInput("roles", "identity.role.notGrantable", role.name());
            }
            RegionLevel level = unitLevel(role);
            if (level != null && level != unitRegion.level()) {
                throw new InvalidInput("roles", "identity.role.unitLevel", role.name());
            }
        }
    }
}
