package org.twofold.service.signin;

/** What the password step decided. Exactly one of the accessors is meaningful per outcome. */
public record PasswordStepResult(Outcome outcome, SignedInUser user, String pendingToken) {

    public enum Outcome {
        /** Unknown user, wrong password or disabled account: all look the same to the client. */
        INVALID,
        /** Right password, but the account is locked after too many wrong codes. */
        LOCKED,
        /** No second factor is required: signed in. */
        SIGNED_IN,
        /** A code from a confirmed authenticator app is due. */
        CODE_REQUIRED,
        /** The user has no authenticator app yet and must enrol one now. */
        ENROLMENT_REQUIRED
    }

    static PasswordStepResult of(Outcome outcome) {
        return new PasswordStepResult(outcome, null, null);
    }
}
