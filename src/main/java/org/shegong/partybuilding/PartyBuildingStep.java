package org.shegong.partybuilding;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps of party building in new domains; {@link PartyBuildingPermissions} narrows them by scope and department. */
public enum PartyBuildingStep implements Step {
    /** Registries, coverage, gaps and the dashboard, within one's scope. */
    VIEW(EnumSet.noneOf(Role.class)),
    REGISTER(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF,
            Role.DEPARTMENT_HANDLER)),
    ORGANIZE(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF,
            Role.DEPARTMENT_HANDLER)),
    REPORT_WORKERS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF)),
    /** Stations for new-employment workers: register them and record their daily usage. */
    MANAGE_STATIONS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF));

    private final Set<Role> roles;

    PartyBuildingStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
