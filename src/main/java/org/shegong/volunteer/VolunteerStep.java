package org.shegong.volunteer;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps of volunteer service for staff (role level; {@link VolunteerPermissions} decides organizer and scope). */
public enum VolunteerStep implements Step {
    /** See the volunteer organizations in one's scope. */
    VIEW_ORGANIZATIONS(Sets.ORGANIZERS_AND_AUDIT),
    /** Register a volunteer organization run by one's own unit. */
    REGISTER_ORGANIZATION(Sets.ORGANIZERS),
    /** Approve or reject a registered organization in one's region. */
    APPROVE_ORGANIZATION(Sets.ADMINISTRATORS),
    /** Create and run activities of one's own unit's organization (谁组织). */
    MANAGE_ACTIVITY(Sets.ORGANIZERS),
    /** Record attendance: show the check-in QR code, enter attendance in bulk (谁组织谁记录). */
    RECORD_ATTENDANCE(Sets.ORGANIZERS),
    /** Confirm recorded hours; only the organizing body (谁记录谁证明). */
    CONFIRM_HOURS(Sets.ORGANIZERS),
    /** Decide a volunteer's request to correct a record. */
    DECIDE_CORRECTION(Sets.ORGANIZERS),
    /** See volunteers who serve in one's region (masked). */
    VIEW_VOLUNTEERS(Sets.REGIONAL),
    /** Turn a citizen's demand into a volunteer task (township or community). */
    CREATE_TASK(EnumSet.of(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF)),
    /** Statistics and their Excel export. */
    VIEW_STATISTICS(Sets.REGIONAL);

    private final Set<Role> roles;

    VolunteerStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    private static final class Sets {
        static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN);
        static final Set<Role> REGIONAL = EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN,
                Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF);
        static final Set<Role> ORGANIZERS = EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN,
                Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.GRID_WORKER, Role.DEPARTMENT_HANDLER);
        static final Set<Role> ORGANIZERS_AND_AUDIT = EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN,
                Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.GRID_WORKER, Role.DEPARTMENT_HANDLER, Role.AUDITOR);
    }
}
