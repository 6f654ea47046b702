package org.shegong.demand;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/**
 * Steps of 接诉即办. The roles here are the role level; {@link DemandPermissions} decides, per demand, state,
 * scope and relation. The timeline records each step by this name (with a variant where one step has
 * several outcomes) and {@link DemandEvents} derives the events from it.
 */
public enum DemandStep implements Step {
    SUBMIT(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    VIEW_QUEUE(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    DISPATCH(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    ANSWER_ON_SPOT(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    EXCLUDE(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    CLOSE(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    UPHOLD_RETURN(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    REFUSE_RETURN(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    ACCEPT(EnumSet.of(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.DEPARTMENT_HANDLER)),
    REPLY(EnumSet.of(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.DEPARTMENT_HANDLER)),
    RETURN(EnumSet.of(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.DEPARTMENT_HANDLER)),
    REQUEST_EXTENSION(EnumSet.of(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.DEPARTMENT_HANDLER)),
    APPROVE_EXTENSION(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    REJECT_EXTENSION(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    SUPERVISE(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    WHISTLE(EnumSet.of(Role.TOWNSHIP_STAFF)),
    REPORT_IN(EnumSet.of(Role.DEPARTMENT_HANDLER)),
    CALL_BACK(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    MERGE(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    /** "不是重复": the operator refuses a suggested repeat; the pair is never offered again (issue 11). */
    REFUSE_MERGE(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    /** The category (catalogue item) corrected when an upheld return is re-dispatched, taken with the dispatch. */
    RECATEGORISE(EnumSet.of(Role.HOTLINE_OPERATOR, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    DECIDE_REOPEN(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    MANAGE_OPEN311_KEYS(EnumSet.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN)),
    /** Marks a category's requests readable by every Open311 partner (coarsened, no personal data): province-wide. */
    PUBLISH_OPEN311_CATEGORY(EnumSet.of(Role.PROVINCE_ADMIN)),
    /** Volunteers served the demand (written by the platform when a volunteer task completes): never granted to staff. */
    VOLUNTEER_SERVICE(EnumSet.noneOf(Role.class)),
    /** A reply deadline counted on a provisional holiday year moved with the official schedule (platform only). */
    RECOMPUTE_DEADLINE(EnumSet.noneOf(Role.class));

    private final Set<Role> roles;

    DemandStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public boolean allowsAnyOf(Set<Role> held) {
        return this != VOLUNTEER_SERVICE && this != RECOMPUTE_DEADLINE && Step.super.allowsAnyOf(held);
    }
}
