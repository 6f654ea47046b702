package org.shegong.dispute;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.Role;
import org.shegong.Step;

/** Steps of dispute screening and mediation; {@link DisputePermissions} narrows them by scope, holder and state. */
public enum DisputeStep implements Step {
    /** Registers, screening rounds and committees within one's scope. */
    VIEW(roles(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.GRID_WORKER, Role.HOTLINE_OPERATOR, Role.PETITION_OFFICER,
            Role.AUDITOR)),
    /** Registers a dispute, also from a demand or a petition the person sees. */
    REGISTER(roles(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.GRID_WORKER, Role.HOTLINE_OPERATOR, Role.PETITION_OFFICER)),
    /** Reports a dispute at risk of violence to the police (人民调解法 §25). */
    REPORT_POLICE(roles(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.GRID_WORKER)),
    /** Consent, sessions, extension, agreement, signing, failure: the mediator's steps, where the dispute is held. */
    MEDIATE(roles(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF)),
    /** Hands a dispute up one level: village → township → county (综治中心). */
    ESCALATE(roles(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF)),
    /** Judicial confirmation and performance follow-up of an effective agreement. */
    FOLLOW_UP(roles(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.GRID_WORKER)),
    /** Plans a screening round for a grid and assigns it. */
    PLAN_SCREENING(roles(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF)),
    /** Marks a household or place screened (the assigned grid worker, or village/township staff). */
    SCREEN(roles(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.GRID_WORKER)),
    /** Sets up a mediation committee and its members. */
    MANAGE_COMMITTEES(roles(Role.TOWNSHIP_STAFF)),
    /** Statistics and the Excel export. */
    STATISTICS(roles(Role.TOWNSHIP_STAFF, Role.VILLAGE_STAFF, Role.AUDITOR));

    private final Set<Role> roles;

    DisputeStep(Set<Role> roles) {
        this.roles = roles;
    }

    private static Set<Role> roles(Role... more) {
        Set<Role> out = EnumSet.copyOf(Role.ADMINISTRATORS);
        out.addAll(Set.of(more));
        return out;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }
}
