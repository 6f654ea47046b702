package org.shegong.volunteer;

/** The outcome (serializable: a page flashes it through the session) of a sign-up: confirmed while places are free, otherwise on the waiting list at {@code position}. */
public record SignUp(long id, long shiftId, SignUpStatus status, int position) implements java.io.Serializable {
}
