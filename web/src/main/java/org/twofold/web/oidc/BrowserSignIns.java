package org.twofold.web.oidc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.twofold.service.oidc.Authorization;
import org.twofold.web.security.SignInSession;

/** The browser's Twofold sign-in, as the session holds it, once the mechanism has found it still stands. */
final class BrowserSignIns {

    private BrowserSignIns() {
    }

    static Optional<Authorization.BrowserSignIn> of(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return Optional.empty(); // the mechanism found no session that still stands
        }
        return SignInSession.username(request).flatMap(username -> SignInSession.signedInAt(request)
                .map(at -> new Authorization.BrowserSignIn(username, at, SignInSession.methods(request))));
    }
}
