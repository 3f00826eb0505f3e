package org.twofold.service.signin;

/** How "Try another way" went for a sign-in waiting for its code. */
public enum MethodSwitch {
    /** The sign-in now waits for a code the other way (sent, for email and SMS). */
    SWITCHED,
    /** Switched, but no code could be sent now: too many were sent lately. */
    SWITCHED_NOT_SENT,
    /** That way is not open to this user (not allowed, nowhere to send it, or no app). */
    NOT_OFFERED,
    /** The sign-in is over or timed out. */
    EXPIRED
}
