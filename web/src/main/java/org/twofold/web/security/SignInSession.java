package org.twofold.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.domain.oidc.SignInMethods;
import org.twofold.domain.user.User;

/**
 * The few things the HTTP session holds between requests: the token of a pending sign-in
 * (its state is in the database), who is signed in, since when and with how many steps, where
 * to go back to, and the recovery codes to show once (sealed). (The Security page keeps its own, in
 * {@code web.account.SecurityPageSession}.)
 */
public final class SignInSession {

    private static final String PENDING_TOKEN = "twofold.pendingToken";
    private static final String USERNAME = "twofold.username";
    private static final String SIGNED_IN_AT = "twofold.signedInAt";
    private static final String SECOND_STEP_DONE = "twofold.secondStepDone";
    private static final String METHODS = "twofold.signInMethods";
    private static final String RETURN_TO = "twofold.returnTo";
    private static final String RETURN_TO_SITE = "twofold.returnToSite";
    /** Set when the remembered path hands the browser on to another application (the authorization endpoint). */
    private static final String RETURN_LEADS_AWAY = "twofold.returnLeadsAway";
    private static final String TYPED_USERNAME = "twofold.typedUsername";
    private static final String RECOVERY_CODES_TO_SHOW = "twofold.recoveryCodesToShow";

    private SignInSession() {
    }

    public static Optional<String> pendingToken(HttpServletRequest request) {
        return attribute(request, PENDING_TOKEN);
    }

    public static Optional<String> username(HttpServletRequest request) {
        return attribute(request, USERNAME);
    }

    public static Optional<Instant> signedInAt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Instant) session.getAttribute(SIGNED_IN_AT));
    }

    /** How this session signed in (for applications' {@code acr} and {@code amr}). */
    public static SignInMethods methods(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return SignInMethods.parse(session == null ? null : (String) session.getAttribute(METHODS), secondStepDone(request));
    }

    /** Whether this session's sign-in included a second factor (the console needs one while 2FA is on). */
    public static boolean secondStepDone(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(SECOND_STEP_DONE));
    }

    /** After the password: a fresh session id, and only the pending token in the session. */
    static void startSecondStep(HttpServletRequest request, String pendingToken) {
        HttpSession session = request.getSession(true);
        session.removeAttribute(USERNAME);
        session.removeAttribute(SIGNED_IN_AT);
        session.removeAttribute(SECOND_STEP_DONE);
        session.removeAttribute(METHODS);
        request.changeSessionId();
        session.setAttribute(PENDING_TOKEN, pendingToken);
    }

    /** After the last step: another fresh session id, and the signed-in user. */
    static void completeSignIn(HttpServletRequest request, String username, Instant now, boolean secondStepDone,
                               SignInMethods methods) {
        HttpSession session = request.getSession(true);
        session.removeAttribute(PENDING_TOKEN);
        request.changeSessionId();
        session.setAttribute(USERNAME, username);
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(SECOND_STEP_DONE, secondStepDone);
        session.setAttribute(METHODS, methods.stored());
    }

    static void forgetPending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING_TOKEN);
        }
    }

    /** Ends the Twofold session (it is invalidated on the server). */
    public static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Remembers a page asked for before signing in; only paths of this application. */
    static void rememberReturnTo(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        HttpSession session = request.getSession(true);
        session.removeAttribute(RETURN_TO_SITE);
        session.removeAttribute(RETURN_LEADS_AWAY);
        session.setAttribute(RETURN_TO, path);
    }

    /**
     * Remembers where to go back to after signing in: a path of Twofold's that hands the browser
     * on to another application (the authorization request that sent the person to sign in).
     */
    public static void rememberReturnThroughTwofold(HttpServletRequest request, String path) {
        HttpSession session = request.getSession(true);
        session.removeAttribute(RETURN_TO_SITE);
        session.setAttribute(RETURN_TO, path);
        session.setAttribute(RETURN_LEADS_AWAY, Boolean.TRUE);
    }

    /**
     * Remembers a site behind the reverse proxy to go back to after signing in; the caller has
     * checked that a registered application names it.
     */
    public static void rememberReturnToSite(HttpServletRequest request, String url) {
        HttpSession session = request.getSession(true);
        session.removeAttribute(RETURN_TO);
        session.removeAttribute(RETURN_LEADS_AWAY);
        session.setAttribute(RETURN_TO_SITE, url);
    }

    /** Whether, after signing in, the browser goes on to another application (a site behind the proxy, or through Twofold). */
    public static boolean returnsToAnotherApplication(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && (session.getAttribute(RETURN_TO_SITE) != null || session.getAttribute(RETURN_LEADS_AWAY) != null);
    }

    /** The remembered site, once. */
    public static Optional<String> takeReturnToSite(HttpServletRequest request) {
        Optional<String> site = attribute(request, RETURN_TO_SITE);
        site.ifPresent(url -> request.getSession().removeAttribute(RETURN_TO_SITE));
        return site;
    }

    /** The remembered page, once; a path within this application or empty. */
    public static Optional<String> takeReturnTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object value = session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        session.removeAttribute(RETURN_LEADS_AWAY);
        if (value instanceof String path && path.startsWith("/") && !path.startsWith("//")) {
            return Optional.of(path);
        }
        return Optional.empty();
    }

    /** After a refused password: the username as typed (cut short), to fill in again once. */
    static void rememberTypedUsername(HttpServletRequest request, String typed) {
        if (typed != null) {
            request.getSession(true).setAttribute(TYPED_USERNAME,
                    typed.length() > User.MAX_USERNAME_LENGTH ? typed.substring(0, User.MAX_USERNAME_LENGTH) : typed);
        }
    }

    public static Optional<String> takeTypedUsername(HttpServletRequest request) {
        Optional<String> typed = attribute(request, TYPED_USERNAME);
        typed.ifPresent(t -> request.getSession().removeAttribute(TYPED_USERNAME));
        return typed;
    }

    /**
     * New recovery codes, sealed (the session is written to the database), held until the user
     * says they saved them or the session ends.
     */
    public static void keepRecoveryCodesToShow(HttpServletRequest request, KeyRing.Sealed codes) {
        if (codes != null) {
            request.getSession(true).setAttribute(RECOVERY_CODES_TO_SHOW, codes);
        }
    }

    public static Optional<KeyRing.Sealed> recoveryCodesToShow(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object codes = session == null ? null : session.getAttribute(RECOVERY_CODES_TO_SHOW);
        return codes instanceof KeyRing.Sealed sealed ? Optional.of(sealed) : Optional.empty();
    }

    public static void forgetRecoveryCodesToShow(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(RECOVERY_CODES_TO_SHOW);
        }
    }

    private static Optional<String> attribute(HttpServletRequest request, String name) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(name));
    }
}
