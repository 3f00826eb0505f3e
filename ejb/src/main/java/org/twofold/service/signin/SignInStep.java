package org.twofold.service.signin;

import java.time.Duration;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.domain.oidc.SignInMethods;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.user.SignedInUser;

/**
 * Where a sign-in stands: the one answer every step of it gives (the password, a code, a
 * recovery code, "set up later", "send a new code", "try another way", and the question which
 * step is still due). The web layer maps each to a page and a message in one place.
 */
public sealed interface SignInStep {

    /**
     * Signed in; {@code secondStepDone} says whether a second factor (or a remembered browser)
     * was part of it, {@code methods} which ones (for applications). A sign-in that confirmed
     * the user's first app also hands out their first recovery codes ({@code newRecoveryCodes},
     * sealed for the session to show once; else null); one where the user ticked "remember this
     * device" hands out the browser's new cookie (else null).
     */
    record SignedIn(SignedInUser user, boolean secondStepDone, SignInMethods methods, KeyRing.Sealed newRecoveryCodes,
                    RememberedBrowser rememberedBrowser) implements SignInStep {

        public SignedIn(SignedInUser user, boolean secondStepDone) {
            this(user, secondStepDone, secondStepDone ? SignInMethods.PASSWORD_AND_CODE : SignInMethods.PASSWORD, null, null);
        }
    }

    /** The token a newly remembered browser keeps in its cookie, and for how long it counts. */
    record RememberedBrowser(String token, Duration lifetime) {

        @Override
        public String toString() {
            return "RememberedBrowser[" + lifetime + "]"; // never the token
        }
    }

    /** A second step is due for the pending sign-in this token names. */
    sealed interface Due extends SignInStep permits CodeDue, EnrolmentDue, LinkSent {
        String pendingToken();
    }

    /** A code is due: from the authenticator app, or the one just emailed or texted. */
    record CodeDue(String pendingToken, TwoFactorMethod method) implements Due {
    }

    /** The user has no authenticator app yet and sets one up on screen now. */
    record EnrolmentDue(String pendingToken) implements Due {
    }

    /** The user has no authenticator app yet; a link to set one up was emailed. */
    record LinkSent(String pendingToken) implements Due {
    }

    /** "Send a new code": a new code is on its way; the one sent before no longer works. */
    record CodeResent(Due due) implements SignInStep {
    }

    /** "Try another way": the sign-in now waits for the code the other way (sent, for email and SMS). */
    record MethodSwitched(Due due) implements SignInStep {
    }

    /** This attempt failed, but the sign-in goes on at the same step. */
    record TryAgain(Reason reason, Due due) implements SignInStep {
    }

    /** The sign-in is over without success: it starts again with the password. */
    record Refused(Reason reason) implements SignInStep {
    }

    enum Reason {
        /** Unknown user, wrong password or disabled account: all look the same to the client. */
        INVALID_CREDENTIALS,
        /** The account or the client address is locked; said whatever was typed. */
        LOCKED,
        /** A code, but the wrong or an already used one; counted towards the lockout. */
        WRONG_CODE,
        /** Not a code at all (empty, letters, a thousand digits); counted like a wrong one. */
        MALFORMED_CODE,
        /** Not one of the user's unused recovery codes; counted like a wrong code. */
        WRONG_RECOVERY_CODE,
        /** The emailed or texted code is used up, expired or replaced: ask for a new one. */
        SENT_CODE_USED_UP,
        /** A wrong emailed or texted code, and its last try: it no longer works; counted like a wrong code. */
        LAST_TRY_WRONG,
        /** No code could be sent now: too many were sent lately (to this user or from this address). */
        SEND_LIMIT,
        /** "Try another way" to a method that is not open to this user (not allowed, nowhere to send it, or no app). */
        NOT_OFFERED,
        /** The browser gave no passkey answer: the person cancelled, or the authenticator failed; nothing was checked. */
        PASSKEY_NOT_USED,
        /** A passkey answer that is not one of the user's passkeys, or does not verify; counted like a wrong code. */
        PASSKEY_REFUSED,
        /** A passkey alone may not sign this person in (not allowed, or an Administrator). */
        PASSWORDLESS_NOT_ALLOWED,
        /** No pending sign-in, or it timed out or was used. */
        EXPIRED,
        /** The step could not be run (a fault on the server); nothing was decided. */
        UNAVAILABLE
    }
}
