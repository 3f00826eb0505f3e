package org.twofold.it.services;

import org.twofold.service.signin.SignInStep;

/**
 * Short names for sign-in steps ("CODE_DUE", "TRY_AGAIN WRONG_CODE", "REFUSED LOCKED"), so a
 * test can state the step it expects in one line and count the answers of a parallel burst.
 */
public final class SignInSteps {

    private SignInSteps() {
    }

    public static String name(SignInStep step) {
        if (step instanceof SignInStep.SignedIn) {
            return "SIGNED_IN";
        }
        if (step instanceof SignInStep.CodeDue) {
            return "CODE_DUE";
        }
        if (step instanceof SignInStep.EnrolmentDue) {
            return "ENROLMENT_DUE";
        }
        if (step instanceof SignInStep.LinkSent) {
            return "LINK_SENT";
        }
        if (step instanceof SignInStep.CodeResent) {
            return "CODE_RESENT";
        }
        if (step instanceof SignInStep.MethodSwitched) {
            return "SWITCHED";
        }
        if (step instanceof SignInStep.TryAgain tryAgain) {
            return "TRY_AGAIN " + tryAgain.reason();
        }
        return "REFUSED " + ((SignInStep.Refused) step).reason();
    }

    /** The pending sign-in's token of a step that waits for a second step. */
    public static String token(SignInStep step) {
        if (step instanceof SignInStep.Due due) {
            return due.pendingToken();
        }
        throw new AssertionError("no second step is due: " + name(step));
    }
}
