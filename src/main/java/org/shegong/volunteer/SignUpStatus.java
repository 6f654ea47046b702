package org.shegong.volunteer;

/** A volunteer's place in a shift. */
public enum SignUpStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
