package org.twofold.domain.settings;

/**
 * Whether a passkey must prove the person (PIN, fingerprint, face) besides their presence, as
 * WebAuthn names it. A passkey alone always requires it; this is for the second step.
 */
public enum UserVerification {
    REQUIRED,
    PREFERRED,
    DISCOURAGED
}
