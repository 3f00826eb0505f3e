package org.twofold.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.twofold.web.security.SignInSession;

/**
 * What the Security page keeps in the HTTP session between requests: when the password was
 * last confirmed (for changes within five minutes), and which new authenticator app is being
 * added. A confirmation counts only for the sign-in it was made in: a later sign-in is not one.
 */
public final class SecurityPageSession {

    private static final String CONFIRMATION = "twofold.security.passwordConfirmation";
    private static final String NEW_APP_ID = "twofold.security.newAppId";

    /** The password confirmed at {@code at}, within the sign-in of {@code signedInAt}. */
    private record Confirmation(Instant signedInAt, Instant at) implements Serializable {
    }

    private SecurityPageSession() {
    }

    public static void passwordConfirmed(HttpServletRequest request, Instant at) {
        SignInSession.signedInAt(request).ifPresent(signedInAt ->
                request.getSession(true).setAttribute(CONFIRMATION, new Confirmation(signedInAt, at)));
    }

    /** When this sign-in last confirmed the password; null if it never did. */
    public static Instant passwordConfirmedAt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(CONFIRMATION);
        if (stored instanceof Confirmation confirmation
                && SignInSession.signedInAt(request).filter(confirmation.signedInAt()::equals).isPresent()) {
            return confirmation.at();
        }
        return null;
    }

    /** The authenticator app being added on the Security page (unconfirmed), or none. */
    public static Optional<Long> newAppId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Long) session.getAttribute(NEW_APP_ID));
    }

    public static void newApp(HttpServletRequest request, Long appId) {
        if (appId == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(NEW_APP_ID);
            }
        } else {
            request.getSession(true).setAttribute(NEW_APP_ID, appId);
        }
    }
}
