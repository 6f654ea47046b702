package org.shegong.suggestion;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps of 人民建议征集 (role level; {@link SuggestionPermissions} decides state, scope and relation). */
public enum SuggestionStep implements Step {
    /** Create, publish and close campaigns, publish their collective feedback. */
    MANAGE_CAMPAIGNS(Office.ROLES),
    /** Enter a suggestion received by letter, call, meeting or walk-in, or through the API. */
    REGISTER(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF,
            Role.GRID_WORKER, Role.HOTLINE_OPERATOR, Role.PETITION_OFFICER)),
    ACCEPT(Office.ROLES),
    SCREEN(Office.ROLES),
    TRANSFER(Office.ROLES),
    /** The competent organ answers (for a group: once, reaching every proposer). */
    ANSWER(Organ.ROLES),
    /** The competent organ records adoption and what it became. */
    ADOPT(Organ.ROLES),
    MANAGE_POINTS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF)),
    /** Run annual award rounds and record the panel's decision. */
    AWARD(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    VIEW_STATISTICS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.AUDITOR));

    private final Set<Role> roles;

    SuggestionStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    /** The suggestion office (征集办): administrators of the social-work departments and petition officers. */
    private static final class Office {
        static final Set<Role> ROLES = EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN,
                Role.PETITION_OFFICER);
    }

    /** Staff of a competent organ. */
    private static final class Organ {
        static final Set<Role> ROLES = EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN,
                Role.DEPARTMENT_HANDLER, Role.TOWNSHIP_STAFF);
    }
}
