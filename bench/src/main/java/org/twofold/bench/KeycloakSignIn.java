package org.twofold.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A browser signing in to Keycloak as an application sends it there (OpenID Connect's
 * authorization request), with the password, then the authenticator's code: three requests to
 * Keycloak, then the application's callback.
 */
final class KeycloakSignIn {

    static final String REALM = "bench";
    static final String CLIENT = "bench";

    private KeycloakSignIn() {
    }

    static URI authorizationRequest(URI base) {
        return base.resolve("realms/" + REALM + "/protocol/openid-connect/auth?client_id=" + CLIENT
                + "&response_type=code&scope=openid&redirect_uri="
                + URLEncoder.encode(Callback.ADDRESS.toString(), StandardCharsets.UTF_8)
                + "&state=" + UUID.randomUUID() + "&nonce=" + UUID.randomUUID());
    }

    /** The login page, then the password: the page after it (the code's, or the authenticator's set-up). */
    static WebSession.Page password(WebSession browser, URI base, String username, String timing) throws Exception {
        WebSession.Page login = browser.open(authorizationRequest(base), "GET login");
        return browser.post(login, "#kc-form-login", Map.of("username", username, "password", BenchUser.PASSWORD), timing);
    }

    static void signIn(URI base, BenchUser user, Timings timings) throws Exception {
        WebSession browser = new WebSession(base, timings);
        WebSession.Page code = password(browser, base, user.username, "POST password");
        if (code.html().selectFirst("#kc-otp-login-form") == null) {
            throw new IllegalStateException("after the password: " + code.path() + " " + code.html().title());
        }
        WebSession.Page back = browser.post(code, "#kc-otp-login-form",
                Map.of("otp", user.nextCode(System.currentTimeMillis() / 1000)), "POST code");
        if (!back.uri().toString().startsWith(Callback.ADDRESS.toString())) {
            throw new IllegalStateException("after the code: " + back.path() + " " + back.html().title());
        }
    }
}
