package org.twofold.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * "This person, signed in with the password alone, needs a second factor now" (or, when
 * {@code passkey}, "signed in with a code, needs a passkey now"): an application asked for more
 * (step-up). Made only by {@link StepUp}, from a session the mechanism had accepted, never from
 * anything a request carries.
 */
record StepUpCredential(String username, boolean passkey) implements Credential {
}
