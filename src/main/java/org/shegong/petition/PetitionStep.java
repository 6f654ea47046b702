package org.shegong.petition;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/**
 * Steps of the petition track. {@link #roles()} is the role level (a route annotated with the step refuses other
 * roles); {@link PetitionPermissions} decides, per petition, state × role × scope × relation. The same values name
 * the timeline entries; the last three are only ever recorded by the platform, never granted to staff.
 */
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
    RECUSE(EnumSet.noneOf(Role.class)),
    /** 信访工作条例 §21: the petitioner's rating (public, with the tracking code). */
    RATE(EnumSet.noneOf(Role.class), false),
    /** A written document issued and archived by the step it belongs to. */
    ISSUE_DOCUMENT(EnumSet.noneOf(Role.class), false),
    /** 信访工作条例 §19 ¶3: a similar matter of the same petitioner is in progress (shown only to who may see it). */
    NOTE_REPEAT(EnumSet.noneOf(Role.class), false),
    /** A limit counted on a provisional holiday year was recomputed once the official schedule was loaded. */
    RECOMPUTE_DEADLINE(EnumSet.noneOf(Role.class), false);

    private final Set<Role> roles;
    private final boolean staff;

    PetitionStep(Set<Role> roles) {
        this(roles, true);
    }

    PetitionStep(Set<Role> roles, boolean staff) {
        this.roles = roles;
        this.staff = staff;
    }

    /** Steps recorded by the platform (rating, documents, repeat notes) are never granted to staff. */
    @Override
    public boolean allowsAnyOf(Set<Role> held) {
        return staff && Step.super.allowsAnyOf(held);
    }

    public String roleRule() {
        return "petition.rule.role";
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
