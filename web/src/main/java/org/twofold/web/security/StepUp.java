package org.twofold.web.security;

import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Step-up: a person signed in with the password alone opens an application that wants a
 * second factor (or, signed in with a code, one that wants a passkey). Their password-only session ends (a fresh one, owned by no one yet, carries
 * the second step, as after a password) and the mechanism starts the second step for them;
 * once done, the browser returns where the caller remembered.
 */
public final class StepUp {

    private StepUp() {
    }

    /**
     * Returns afterwards to a path of Twofold's that hands the browser on (the authorization request).
     *
     * @param passkey whether the application asks for a passkey (a phishing-resistant sign-in), not any second factor
     */
    public static void toPath(HttpServletRequest request, HttpServletResponse response, SecurityContext security, String path,
                              boolean passkey) throws ServletException {
        String username = endPasswordSession(request);
        SignInSession.rememberReturnThroughTwofold(request, path);
        begin(request, response, security, new StepUpCredential(username, passkey));
    }

    /** Returns afterwards to a site behind the reverse proxy, already checked against the registered applications. */
    public static void toSite(HttpServletRequest request, HttpServletResponse response, SecurityContext security, String url)
            throws ServletException {
        String username = endPasswordSession(request);
        SignInSession.rememberReturnToSite(request, url);
        begin(request, response, security, new StepUpCredential(username, false));
    }

    private static String endPasswordSession(HttpServletRequest request) throws ServletException {
        String username = SignInSession.username(request).orElseThrow(() -> new IllegalStateException("no signed-in session"));
        request.logout();
        SignInSession.end(request);
        return username;
    }

    private static void begin(HttpServletRequest request, HttpServletResponse response, SecurityContext security,
                              StepUpCredential credential) {
        security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(credential).newAuthentication(true));
    }
}
