package org.twofold.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.signin.SignInStep.CodeDue;
import org.twofold.service.signin.SignInStep.CodeResent;
import org.twofold.service.signin.SignInStep.Due;
import org.twofold.service.signin.SignInStep.EnrolmentDue;
import org.twofold.service.signin.SignInStep.MethodSwitched;
import org.twofold.service.signin.SignInStep.Reason;
import org.twofold.service.signin.SignInStep.Refused;
import org.twofold.service.signin.SignInStep.TryAgain;
import org.twofold.service.signin.SignInStep;

/** The one place that says which page each sign-in step leads to, and with which message. */
public final class SignInRoutes {

    /**
     * @param page      where the browser goes next, relative to the context root; null for
     *                  "where the user was going" (the page asked for before signing in, else the Desk)
     * @param errorKey  the error the page shows, a key of the messages bundle; null for none
     * @param noticeKey the news the page shows instead (a new code was sent, say); null for none
     */
    public record Route(String page, String errorKey, String noticeKey) {

        /** The route's message, carried across the redirect to the page that shows it. */
        public void carryMessage(HttpServletRequest request) {
            if (errorKey != null) {
                CarriedMessages.carryError(request, errorKey);
            } else if (noticeKey != null) {
                CarriedMessages.carryInfo(request, noticeKey);
            }
        }
    }

    private SignInRoutes() {
    }

    public static Route of(SignInStep step) {
        // (Java 17: no pattern switch yet; the step types are sealed, so this covers them all.)
        if (step instanceof Due due) {
            return new Route(pageOf(due), null, null);
        }
        if (step instanceof CodeResent resent) {
            return new Route(pageOf(resent.due()), null, "code.resent");
        }
        if (step instanceof MethodSwitched switched) {
            boolean toPasskey = switched.due() instanceof CodeDue code && code.method() == TwoFactorMethod.PASSKEY;
            return new Route(pageOf(switched.due()), null, toPasskey ? "passkey.switched" : "code.another.switched");
        }
        if (step instanceof TryAgain tryAgain) {
            return new Route(pageOf(tryAgain.due()), messageFor(tryAgain.reason(), tryAgain.due()), null);
        }
        if (step instanceof Refused refused) {
            return new Route(SignInPages.LOGIN, messageFor(refused.reason(), null), null);
        }
        return new Route(null, null, null); // SignedIn
    }

    /** A step that failed on the server, before anything was decided: the same step again. */
    public static Route unavailable(boolean secondStep) {
        // The code page sends an enrolling sign-in on to the enrolment page, message and all.
        return new Route(secondStep ? SignInPages.CODE : SignInPages.LOGIN, "signin.unavailable", null);
    }

    /** A code, or the page saying an enrolment link was sent, is asked for on the code page. */
    private static String pageOf(Due due) {
        return due instanceof EnrolmentDue ? SignInPages.ENROL : SignInPages.CODE;
    }

    private static String messageFor(Reason reason, Due due) {
        return switch (reason) {
            case INVALID_CREDENTIALS -> "signin.invalid";
            case LOCKED -> "signin.locked";
            case UNAVAILABLE -> "signin.unavailable";
            case WRONG_CODE -> due instanceof CodeDue code && code.method().isSent()
                    ? "code.wrongSent" : "code.wrong";
            case MALFORMED_CODE -> "code.malformed";
            case WRONG_RECOVERY_CODE -> "recovery.wrong";
            case SENT_CODE_USED_UP -> "code.sentExpired";
            case LAST_TRY_WRONG -> "code.lastTryWrong";
            case SEND_LIMIT -> "code.rateLimited";
            case NOT_OFFERED -> "code.another.notOffered";
            // Without a due step, a passkey alone on the login page: the password is the other way there.
            case PASSKEY_NOT_USED -> due == null ? "passkey.alone.notUsed" : "passkey.notUsed";
            case PASSKEY_REFUSED -> due == null ? "passkey.alone.refused" : "passkey.refused";
            case PASSWORDLESS_NOT_ALLOWED -> "passkey.signIn.notAllowed";
            case EXPIRED -> "code.expired";
        };
    }
}
