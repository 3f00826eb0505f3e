package org.twofold.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How the mechanism tells the page bean what happened in an authenticate() call, since
 * Jakarta Security only returns a coarse status. Travels as a request attribute.
 */
public enum SignInOutcome {
    INVALID_CREDENTIALS,
    LOCKED,
    SIGNED_IN,
    CODE_REQUIRED,
    ENROLMENT_REQUIRED,
    WRONG_CODE,
    CODE_EXPIRED,
    EXPIRED,
    /** The step could not be run (a fault on the server); nothing was decided. */
    UNAVAILABLE;

    private static final String ATTRIBUTE = SignInOutcome.class.getName();

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    public static SignInOutcome of(HttpServletRequest request) {
        Object value = request.getAttribute(ATTRIBUTE);
        return value instanceof SignInOutcome outcome ? outcome : INVALID_CREDENTIALS;
    }
}
