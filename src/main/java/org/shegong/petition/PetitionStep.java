package org.shegong.petition;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps of the petition track (role level; the petition decides state, scope and relation). */
public enum PetitionStep implements Step {
    REGISTER(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    READ_STATISTICS(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    CLASSIFY(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    FORWARD_OPINION(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    CHANNEL(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    TRANSFER(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    AGREE_OBJECTION(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    REFUSE_OBJECTION(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    REVIEW_REQUEST(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    RE_REVIEW_REQUEST(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    ASSIGN(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    NAME_ACCUSED(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    MARK_MAJOR(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    SUPERVISE(EnumSet.of(Role.PETITION_OFFICER, Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN)),
    VIEW(EnumSet.noneOf(Role.class)),
    OBJECT(EnumSet.noneOf(Role.class)),
    ACCEPT(EnumSet.noneOf(Role.class)),
    DECLINE(EnumSet.noneOf(Role.class)),
    REQUEST_EXTENSION(EnumSet.noneOf(Role.class)),
    APPROVE_EXTENSION(EnumSet.noneOf(Role.class)),
    RECORD_EXECUTION(EnumSet.noneOf(Role.class)),
    SETTLE(EnumSet.noneOf(Role.class)),
    DECIDE(EnumSet.noneOf(Role.class)),
    DECIDE_REVIEW(EnumSet.noneOf(Role.class)),
    RECORD_HEARING(EnumSet.noneOf(Role.class)),
    DECIDE_RE_REVIEW(EnumSet.noneOf(Role.class)),
    ATTACH(EnumSet.noneOf(Role.class)),
    RECUSE(EnumSet.noneOf(Role.class));

    private final Set<Role> roles;

    PetitionStep(Set<Role> roles) {
        this.roles = roles;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
