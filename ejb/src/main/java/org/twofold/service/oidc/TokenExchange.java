package org.twofold.service.oidc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.oidc.Application;
import org.twofold.domain.oidc.AuthorizationCode;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.metrics.Meters;

/**
 * The token endpoint's work: an authenticated application trades a code for an ID token and
 * an access token. The code is spent by the first attempt whatever its outcome, so a stolen
 * code tried by the wrong application, or with the wrong verifier, is gone for everyone.
 */
@Stateless
public class TokenExchange {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private Applications applications;

    @Inject
    private AuthorizationCodes codes;

    @Inject
    private AccessTokens accessTokens;

    @Inject
    private IdTokens idTokens;

    @Inject
    private AuditLog audit;

    @Inject
    private Meters meters;

    /** The request, as the web layer parsed it: the client's credentials and the grant. */
    public record Grant(String clientId, String clientSecret, String code, String redirectUri, String codeVerifier) {
    }

    /** The answer: tokens, or an RFC 6749 §5.2 error. */
    public sealed interface Outcome {
    }

    public record Tokens(String idToken, String accessToken, long expiresInSeconds, String scope) implements Outcome {
    }

    /** {@code clientError}: the client failed to authenticate (401 {@code invalid_client}). */
    public record Refused(String error, String description, boolean clientError) implements Outcome {
    }

    public Outcome exchange(Grant grant, String clientIp, Instant now) {
        Optional<Application> application = applications.authenticated(grant.clientId(), grant.clientSecret());
        if (application.isEmpty()) {
            return new Refused("invalid_client", "Unknown application, or wrong secret.", true);
        }
        Application app = application.get();
        AuthorizationCodes.Redemption redemption = codes.redeem(grant.code(), now);
        if (redemption instanceof AuthorizationCodes.Replayed) {
            audit.record(AuditEventType.APP_SIGN_IN_REFUSED, null, clientIp, "application " + app.getClientId()
                    + ": a code used a second time; what it gave is revoked");
            return invalidGrant();
        }
        if (!(redemption instanceof AuthorizationCodes.Redeemed redeemed)) {
            return invalidGrant();
        }
        AuthorizationCode code = redeemed.code();
        User user = em.find(User.class, code.getUserId());
        String refusal = refusal(code, app, user, grant);
        if (refusal != null) {
            audit.record(AuditEventType.APP_SIGN_IN_REFUSED, user == null ? null : user.getUsername(), clientIp,
                    "application " + app.getClientId() + ": " + refusal);
            return invalidGrant();
        }
        SignedInClaims person = SignedInClaims.of(user);
        String idToken = idTokens.issue(code, app.getClientId(), person, now);
        String accessToken = accessTokens.issue(code, now);
        audit.record(AuditEventType.APP_SIGN_IN_ISSUED, user.getUsername(), clientIp, "application " + app.getClientId()
                + ", " + code.methods().level().acr());
        meters.applicationSignIn(app.getClientId(), "tokens");
        return new Tokens(idToken, accessToken, accessTokens.lifetimeSeconds(), code.getScope());
    }

    /** Why this redeemed code gives nothing to this application; null when it may. */
    private static String refusal(AuthorizationCode code, Application app, User user, Grant grant) {
        if (code.getApplicationId() != app.getId()) {
            return "a code issued to another application";
        }
        if (!code.getRedirectUri().equals(grant.redirectUri())) {
            return "redirect_uri differs from the authorization request's";
        }
        if (!pkceHolds(code.getCodeChallenge(), grant.codeVerifier())) {
            return "PKCE code_verifier missing or wrong";
        }
        if (user == null || !user.isEnabled() || !user.acceptsSessionFrom(code.getAuthTime())) {
            return "the person's sign-in has ended since";
        }
        return null;
    }

    /** RFC 7636 §4.6 with S256; a verifier for a code issued without a challenge is refused too (RFC 9700 §2.1.1). */
    static boolean pkceHolds(String challenge, String verifier) {
        if (challenge == null) {
            return verifier == null;
        }
        if (verifier == null || verifier.length() < 43 || verifier.length() > 128) {
            return false;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Refused invalidGrant() {
        return new Refused("invalid_grant", "The code is not valid for this request.", false);
    }
}
