package org.twofold.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.twofold.service.apikey.ApiCaller;
import org.twofold.service.apikey.ApiKeyService;

/**
 * Authenticates API requests by their key: {@code Authorization: token KEYID:SECRET} (Frappe's
 * form) or HTTP Basic with the key id and secret. Never a session, never a password: a browser's
 * signed-in session does not reach the API, so no other site can make it act (no CSRF).
 * The verdict is left on the request for the API's access filter, which answers refusals.
 */
@ApplicationScoped
public class ApiKeyAuthentication {

    /** Where the REST API lives; the API's JAX-RS application takes it from here. */
    public static final String API_PATH = "/api/v1";
    /** Where Prometheus scrapes; an administrator's API key is accepted there too. */
    public static final String METRICS_PATH = "/metrics";
    /** The request attribute with the key's {@link ApiCaller.Verdict}, when a key was sent. */
    public static final String VERDICT = ApiKeyAuthentication.class.getName() + ".verdict";

    @Inject
    private ApiKeyService keys;

    /** The API's requests and the metrics': keys only, no session. */
    public static boolean isApiRequest(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PATH + "/")
                || request.getRequestURI().equals(request.getContextPath() + API_PATH)
                || request.getRequestURI().equals(request.getContextPath() + METRICS_PATH);
    }

    public AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
        Optional<String[]> presented = keyAndSecret(request.getHeader("Authorization"));
        if (presented.isEmpty()) {
            return context.doNothing();
        }
        ApiCaller caller = keys.authenticate(presented.get()[0], presented.get()[1], ClientAddress.of(request), Instant.now());
        request.setAttribute(VERDICT, caller.verdict());
        if (caller.verdict() != ApiCaller.Verdict.ACCEPTED) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(caller.user().username(), caller.user().roles());
    }

    /** The key id and secret of either header form; empty when there is no such header. */
    static Optional<String[]> keyAndSecret(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String pair;
        if (header.regionMatches(true, 0, "token ", 0, 6)) {
            pair = header.substring(6).strip();
        } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                pair = "";
            }
        } else {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        return Optional.of(colon < 0 ? new String[] {pair, ""} : new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
    }
}
