package org.twofold.domain.settings;

/** The kinds of second factor. Only the authenticator app is wired to sign-in so far. */
public enum TwoFactorMethod {
    TOTP,
    EMAIL,
    SMS
}
