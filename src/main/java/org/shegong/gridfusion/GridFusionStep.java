package org.shegong.gridfusion;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps of 多网融合: the role level; {@link GridFusionPermissions} decides per layer and inspection. */
public enum GridFusionStep implements Step {
    VIEW_LAYERS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.DEPARTMENT_HANDLER, Role.AUDITOR)),
    UPLOAD_LAYER(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.DEPARTMENT_HANDLER)),
    MAP_GRIDS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    RETIRE_LAYER(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    PUSH_INSPECTION(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.DEPARTMENT_HANDLER)),
    COMPLETE_INSPECTION(EnumSet.of(Role.GRID_WORKER, Role.VILLAGE_STAFF, Role.TOWNSHIP_STAFF));

    private final Set<Role> roles;

    GridFusionStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
