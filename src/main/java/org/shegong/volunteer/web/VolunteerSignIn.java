package org.shegong.volunteer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.shegong.volunteer.VolunteerId;

/**
 * The volunteer's own light sign-in: the session holds the volunteer's id under {@link #ATTRIBUTE}, apart from any staff
 * principal. Volunteer routes without it are answered by {@link Required}: pages go to the sign-in page, the API says 401.
 */
final class VolunteerSignIn {

    static final String ATTRIBUTE = "shegong.volunteer.id";

    private VolunteerSignIn() {
    }

    /** The signed-in volunteer; the session keeps the bare number (sessions from before the typed id still read). */
    static VolunteerId require(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object id = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (id instanceof Long v) {
            return new VolunteerId(v);
        }
        throw new Required();
    }

    static void signIn(HttpServletRequest request, VolunteerId volunteerId) {
        // a fresh session id on sign-in (session fixation)
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(ATTRIBUTE, volunteerId.value());
    }

    static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** No volunteer is signed in. */
    static final class Required extends RuntimeException {
        Required() {
            super("no volunteer signed in");
        }
    }
}
