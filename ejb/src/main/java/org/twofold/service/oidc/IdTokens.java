package org.twofold.service.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.AMR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.oidc.AuthorizationCode;
import org.twofold.domain.oidc.SignInMethods;

/** ID tokens: signed with RS256 by the current key, through Nimbus; and checking one Twofold signed. */
@Stateless
public class IdTokens {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    @Inject
    private SigningKeys keys;

    @Inject
    private ProviderAddress issuer;

    /** The ID token for a redeemed code: who, how and when they signed in, for this application. */
    public String issue(AuthorizationCode code, String clientId, SignedInClaims person, Instant now) {
        SignInMethods methods = code.methods();
        IDTokenClaimsSet claims = new IDTokenClaimsSet(new Issuer(issuer.id()), new Subject(person.subject()),
                List.of(new Audience(clientId)), Date.from(now.plus(LIFETIME)), Date.from(now));
        claims.setAuthenticationTime(Date.from(code.getAuthTime()));
        if (code.getNonce() != null) {
            claims.setNonce(new Nonce(code.getNonce()));
        }
        claims.setACR(new ACR(methods.level().acr()));
        claims.setAMR(methods.amr().stream().map(AMR::new).toList());
        ScopeClaims.add(claims, code.getScope(), person);
        RSAKey key = keys.current(now);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                    claims.toJWTClaimsSet());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("Cannot sign an ID token", e);
        }
    }

    /**
     * A logout token (OpenID Connect Back-Channel Logout §2.4): this person's sign-in at
     * Twofold has ended, for this application. Typed {@code logout+jwt}, so no one mistakes it
     * for an ID token.
     */
    public String logoutToken(String clientId, String subject, Instant now) {
        LogoutTokenClaimsSet claims = new LogoutTokenClaimsSet(new Issuer(issuer.id()), new Subject(subject),
                List.of(new Audience(clientId)), Date.from(now), Date.from(now.plus(LIFETIME)), new JWTID(), null);
        RSAKey key = keys.current(now);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(new JOSEObjectType("logout+jwt")).build(), claims.toJWTClaimsSet());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("Cannot sign a logout token", e);
        }
    }

    /**
     * The claims of an ID token that Twofold signed with a key it still publishes, expired or
     * not (an {@code id_token_hint} may be old); empty for anything else.
     */
    public Optional<JWTClaimsSet> signedHere(String idToken, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(idToken);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getKeyID() == null) {
                return Optional.empty();
            }
            Optional<RSAKey> key = keys.published(jwt.getHeader().getKeyID(), now);
            if (key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return issuer.id().equals(claims.getIssuer()) ? Optional.of(claims) : Optional.empty();
        } catch (java.text.ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
