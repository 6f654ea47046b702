package org.shegong.volunteer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The volunteer's own light sign-in: the session holds the volunteer's id under {@link #ATTRIBUTE}, apart from any staff
 * principal. Volunteer routes without it are answered by {@link Required}: pages go to the sign-in page, the API says 401.
 */
final class VolunteerSignIn {

    static final String ATTRIBUTE = "shegong.volunteer.id";

    private VolunteerSignIn() {
    }

    static long require(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object id = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (id instanceof Long v) {
            return v;
        }
        throw new Required();
    }

    static void signIn(HttpServletRequest request, long volunteerId) {
        // a fresh session id on sign-in (session fixation)
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(ATTRIBUTE, volunteerId);
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
