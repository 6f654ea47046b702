package org.shegong.partybuilding;

/** How units are organized: their own branch, a joint branch of several units, or a regional or industry organization. */
public enum PartyOrganizationKind {
    OWN_BRANCH, JOINT_BRANCH, REGIONAL, INDUSTRY;

    /** Whether the units it covers count as "in joint organizations" in the coverage rate (all but the own branch). */
    public boolean isJoint() {
        return this != OWN_BRANCH;
    }

    /** Whether the branch rules (≤ 50 members) apply: regional and industry organizations may be committees above branches. */
    public boolean isBranch() {
        return this == OWN_BRANCH || this == JOINT_BRANCH;
    }
}
