package org.twofold.domain.user;

/**
 * The kinds of second factor. Email and SMS codes are weaker than an authenticator app (SECURITY
 * 19); a passkey or security key is the one that phishing cannot take (NIST 800-63B).
 */
public enum TwoFactorMethod {
    TOTP,
    EMAIL,
    SMS,
    PASSKEY;

    /** Whether a code is sent for it (by email or SMS), rather than made by something the user holds. */
    public boolean isSent() {
        return this == EMAIL || this == SMS;
    }
}
