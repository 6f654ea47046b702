package org.shegong.care;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps of care for priority groups (role level; {@link CarePermissions} decides scope, grid and need to know). */
public enum CareStep implements Step {
    /** See the registry, a person's plan, visits and needs in one's region. */
    VIEW(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF,
            Role.GRID_WORKER, Role.AUDITOR)),
    /** Register a person in a priority group. */
    REGISTER(Sets.LOCAL_ADMINISTRATION),
    /** Assign the visitor and the risk that sets the visit plan. */
    ASSIGN_VISITOR(Sets.LOCAL_ADMINISTRATION),
    /** Log a visit (grid workers: only in their own grids). */
    LOG_VISIT(Sets.VISITORS),
    /** Record a need found on a visit. */
    RAISE_NEED(Sets.VISITORS),
    /** Refer a need as a demand, a volunteer task or a dispute. */
    REFER_NEED(Sets.VISITORS),
    /** Reveal sealed personal data (only with a need to know, audited). */
    REVEAL(EnumSet.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.GRID_WORKER)),
    /** Add or change configurable priority groups. */
    MANAGE_GROUPS(EnumSet.of(Role.PROVINCE_ADMIN)),
    /** Statistics and their Excel export. */
    VIEW_STATISTICS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF,
            Role.VILLAGE_STAFF, Role.AUDITOR));

    private final Set<Role> roles;

    CareStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    private static final class Sets {
        static final Set<Role> LOCAL_ADMINISTRATION = EnumSet.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF);
        static final Set<Role> VISITORS = EnumSet.of(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.GRID_WORKER);
    }
}
