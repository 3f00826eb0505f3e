package org.twofold.domain.user;

/** The kinds of second factor. Email and SMS codes are weaker than an authenticator app (SECURITY 19). */
public enum TwoFactorMethod {
    TOTP,
    EMAIL,
    SMS
}
