package org.shegong.volunteer;

/** Registration state of a volunteer organization: only approved ones run activities. */
public enum OrganizationStatus {
    PENDING, APPROVED, REJECTED
}
