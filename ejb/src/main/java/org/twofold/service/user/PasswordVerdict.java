package org.twofold.service.user;

/** The answer of a password check, local or by the company directory. */
public sealed interface PasswordVerdict {

    /** The password is this user's. */
    record Accepted(org.twofold.domain.user.User user) implements PasswordVerdict {
    }

    /**
     * Not accepted: unknown user, wrong or empty password, or an account the directory refuses.
     * All look the same to the client; {@code auditDetail} tells the admin which (null for a plain wrong password).
     */
    record Rejected(String auditDetail) implements PasswordVerdict {
    }

    /** Nothing could be checked (no hash slot, or the directory did not answer): nothing was guessed. */
    record Unavailable() implements PasswordVerdict {
    }
}
