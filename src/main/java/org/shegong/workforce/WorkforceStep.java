package org.shegong.workforce;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps of the social-work workforce; {@link WorkforcePermissions} narrows them to the caller's region. */
public enum WorkforceStep implements Step {
    /** Stations, social workers, projects, service complexes and the dashboard, within one's scope. */
    VIEW(EnumSet.noneOf(Role.class)),
    /** Register social-work stations and social workers, record training and service. */
    MANAGE_WORKERS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF)),
    /** Register government-purchased service projects and record their evaluation. */
    MANAGE_PROJECTS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    /** Register 社区综合服务体, record their usage and what they host. */
    MANAGE_COMPLEXES(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF)),
    /** Enter the resident population of a region (for workers per 10,000 residents). */
    SET_POPULATION(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN));

    private final Set<Role> roles;

    WorkforceStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
