package org.twofold.domain.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the authorization endpoint does with a request, as one pure function of the request,
 * the application it names and the browser's sign-in (OpenID Connect Core §3.1.2, OAuth 2.0
 * Security BCP RFC 9700, PKCE RFC 7636). Nothing here reads a clock or a database.
 */
public final class AuthorizationPolicy {

    private static final Pattern PKCE_CHALLENGE = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private AuthorizationPolicy() {
    }

    /** The longest {@code nonce} kept with a code. */
    public static final int MAX_NONCE_LENGTH = 255;

    /**
     * What the request asks, as parsed from its parameters (absent ones null or empty).
     *
     * @param maxAgeSeconds {@code max_age}; negative when it was sent but is not a number of seconds
     * @param unsupported   the name of a parameter Twofold does not take ({@code request}, {@code request_uri}) or
     *                      one sent twice; null when there is none
     */
    public record Request(String responseType, String redirectUri, Set<String> scopes, String nonce, String codeChallenge,
                          String codeChallengeMethod, Set<String> prompt, Integer maxAgeSeconds, List<String> acrValues,
                          String unsupported) {
    }

    /** The application as registered; null when no enabled one has that client id. */
    public record Client(boolean publicClient, List<String> redirectUris, boolean requireSecondFactor, List<String> allowedRoles) {
    }

    /** The browser's Twofold sign-in, and whether its person holds a passkey; {@link #NONE} when it has none. */
    public record Session(Instant signedInAt, SignInMethods methods, Set<String> roles, boolean passkeyHeld) {
        public static final Session NONE = new Session(null, SignInMethods.PASSWORD, Set.of(), false);

        boolean exists() {
            return signedInAt != null;
        }
    }

    /** The answer. */
    public sealed interface Verdict {
    }

    /** Not to be sent back to the address given (unknown application, unregistered address): a page says so. */
    public record NotForApplication(String reason) implements Verdict {
    }

    /** Back to the application's registered address with an OAuth error (RFC 6749 §4.1.2.1). */
    public record BackWithError(String error, String description) implements Verdict {
    }

    /** The person signs in first; {@code again}: though signed in already, as {@code prompt=login} or {@code max_age} ask. */
    public record SignInFirst(boolean again) implements Verdict {
    }

    /**
     * The person's sign-in is not enough for this application: with the password alone where it
     * wants a second factor, or without a passkey where it wants a phishing-resistant one.
     */
    public record SecondFactorFirst(AuthenticationLevel wanted) implements Verdict {
    }

    /** The application wants a passkey and the person has none (or passkeys are not allowed): a page says so. */
    public record PasskeyMissing() implements Verdict {
    }

    /** The person holds none of the roles the application lets in. */
    public record RoleRefused() implements Verdict {
    }

    /** A code may be issued, at this level. */
    public record Grant(AuthenticationLevel level) implements Verdict {
    }

    public static Verdict decide(Request request, Client client, Session session, Instant now) {
        if (client == null) {
            return new NotForApplication("unknown application");
        }
        if (!ApplicationRules.isRegistered(client.redirectUris(), request.redirectUri())) {
            return new NotForApplication("redirect address not registered");
        }
        if (request.unsupported() != null) {
            return new BackWithError(request.unsupported().startsWith("request") ? request.unsupported() + "_not_supported"
                    : "invalid_request", "The parameter " + request.unsupported() + " is not taken here.");
        }
        if (!"code".equals(request.responseType())) {
            return new BackWithError("unsupported_response_type", "Only the authorization code flow (response_type=code) is supported.");
        }
        if (!request.scopes().contains("openid")) {
            return new BackWithError("invalid_scope", "The scope must include openid.");
        }
        Verdict pkce = pkce(request, client);
        if (pkce != null) {
            return pkce;
        }
        if (request.nonce() != null && request.nonce().length() > MAX_NONCE_LENGTH) {
            return new BackWithError("invalid_request", "The nonce is longer than " + MAX_NONCE_LENGTH + " characters.");
        }
        if (request.maxAgeSeconds() != null && request.maxAgeSeconds() < 0) {
            return new BackWithError("invalid_request", "max_age must be a number of seconds.");
        }
        if (request.prompt().contains("none") && request.prompt().size() > 1) {
            return new BackWithError("invalid_request", "prompt=none cannot be combined with other values.");
        }
        boolean again = session.exists() && (request.prompt().contains("login") || tooOld(session, request.maxAgeSeconds(), now));
        if (!session.exists() || again) {
            return request.prompt().contains("none") ? new BackWithError("login_required", "The person is not signed in.")
                    : new SignInFirst(again);
        }
        if (!ApplicationRules.admits(client.allowedRoles(), session.roles())) {
            return new RoleRefused();
        }
        AuthenticationLevel have = session.methods().level();
        AuthenticationLevel wanted = AuthenticationLevel.wanted(client.requireSecondFactor(), request.acrValues());
        if (!have.satisfies(wanted)) {
            if (wanted == AuthenticationLevel.PHISHING_RESISTANT && !session.passkeyHeld()) {
                return request.prompt().contains("none")
                        ? new BackWithError("interaction_required", "The application asks for a passkey; the person has none.")
                        : new PasskeyMissing();
            }
            return request.prompt().contains("none")
                    ? new BackWithError("interaction_required", "The application asks for a second factor.")
                    : new SecondFactorFirst(wanted);
        }
        return new Grant(have);
    }

    /** S256 only; required of public applications, whose code anyone could otherwise redeem. */
    private static Verdict pkce(Request request, Client client) {
        if (request.codeChallenge() == null) {
            return client.publicClient() || request.codeChallengeMethod() != null
                    ? new BackWithError("invalid_request", "A code_challenge with code_challenge_method=S256 is required.") : null;
        }
        if (!"S256".equals(request.codeChallengeMethod())) {
            return new BackWithError("invalid_request", "code_challenge_method must be S256.");
        }
        if (!PKCE_CHALLENGE.matcher(request.codeChallenge()).matches()) {
            return new BackWithError("invalid_request", "The code_challenge is not a valid S256 challenge.");
        }
        return null;
    }

    private static boolean tooOld(Session session, Integer maxAgeSeconds, Instant now) {
        return maxAgeSeconds != null && now.isAfter(session.signedInAt().plus(Duration.ofSeconds(maxAgeSeconds)));
    }
}
