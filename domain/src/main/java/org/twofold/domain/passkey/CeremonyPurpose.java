package org.twofold.domain.passkey;

/** What a passkey challenge was handed out for; it answers only for that. */
public enum CeremonyPurpose {
    /** Adding a passkey on the Security page (or at first enrolment). */
    REGISTER,
    /** The second step of a pending sign-in. */
    SECOND_STEP,
    /** Signing in on the login page with a passkey alone. */
    PASSWORDLESS
}
