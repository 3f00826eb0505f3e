package org.twofold.service.signin;

/** What the code step decided. */
public record CodeStepResult(Outcome outcome, SignedInUser user) {

    public enum Outcome {
        SIGNED_IN,
        /** Wrong, malformed or already-used code; counted towards the lockout. */
        WRONG_CODE,
        /** This wrong code reached the threshold, or the account was already locked. */
        LOCKED,
        /** The emailed or texted code is used up, expired or replaced: ask for a new one. */
        CODE_EXPIRED,
        /** No pending sign-in, or it timed out: start again with the password. */
        EXPIRED
    }

    static CodeStepResult of(Outcome outcome) {
        return new CodeStepResult(outcome, null);
    }
}
