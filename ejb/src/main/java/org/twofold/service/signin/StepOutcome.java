package org.twofold.service.signin;

/** The outcome label a sign-in step's answer is counted under in the metrics. */
public final class StepOutcome {

    public static final String SIGNED_IN = "signed_in";
    /** The step was passed and another is due (the password was right, say). */
    public static final String PASSED = "passed";
    public static final String WRONG = "wrong";
    public static final String LOCKED = "locked";
    /** Refused by policy: not allowed, not offered, or too many codes sent lately. */
    public static final String REFUSED = "refused";
    public static final String EXPIRED = "expired";
    /** The person cancelled the passkey prompt: nothing was checked. */
    public static final String CANCELLED = "cancelled";
    public static final String UNAVAILABLE = "unavailable";

    private StepOutcome() {
    }

    public static String of(SignInStep step) {
        if (step instanceof SignInStep.SignedIn) {
            return SIGNED_IN;
        }
        if (step instanceof SignInStep.TryAgain tryAgain) {
            return of(tryAgain.reason());
        }
        if (step instanceof SignInStep.Refused refused) {
            return of(refused.reason());
        }
        return PASSED; // a second step is due, a code was sent again, or the method switched
    }

    static String of(SignInStep.Reason reason) {
        return switch (reason) {
            case INVALID_CREDENTIALS, WRONG_CODE, MALFORMED_CODE, WRONG_RECOVERY_CODE, PASSKEY_REFUSED, SENT_CODE_USED_UP,
                 LAST_TRY_WRONG -> WRONG;
            case LOCKED -> LOCKED;
            case SEND_LIMIT, NOT_OFFERED, PASSWORDLESS_NOT_ALLOWED -> REFUSED;
            case EXPIRED -> EXPIRED;
            case PASSKEY_NOT_USED -> CANCELLED;
            case UNAVAILABLE -> UNAVAILABLE;
        };
    }
}
