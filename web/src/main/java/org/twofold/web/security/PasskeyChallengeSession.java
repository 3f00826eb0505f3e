package org.twofold.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.twofold.domain.passkey.CeremonyPurpose;

/**
 * The challenge of the passkey ceremony a page started, kept in the session between handing
 * out the options and taking the browser's answer; taken once. The database decides whether it
 * is still good ({@code PasskeyChallenges}): this only says which one this browser was given.
 */
public final class PasskeyChallengeSession {

    private static final String PREFIX = "twofold.passkeyChallenge.";

    private PasskeyChallengeSession() {
    }

    public static void keep(HttpServletRequest request, CeremonyPurpose purpose, String challenge) {
        request.getSession().setAttribute(PREFIX + purpose.name(), challenge);
    }

    /** The challenge handed out for {@code purpose}, now forgotten; empty when there was none. */
    public static Optional<String> take(HttpServletRequest request, CeremonyPurpose purpose) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object challenge = session.getAttribute(PREFIX + purpose.name());
        session.removeAttribute(PREFIX + purpose.name());
        return Optional.ofNullable((String) challenge);
    }
}
