package org.twofold.service.oidc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import org.junit.jupiter.api.Test;

/** The token endpoint's PKCE check against challenges computed by Nimbus, as an application's library computes them. */
class PkceTest {

    private final CodeVerifier verifier = new CodeVerifier();
    private final String challenge = CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();

    @Test
    void holdsForTheVerifierOfTheChallenge() {
        assertTrue(TokenExchange.pkceHolds(challenge, verifier.getValue()));
    }

    @Test
    void failsForAnotherVerifierNoneOrTheChallengeItself() {
        assertFalse(TokenExchange.pkceHolds(challenge, new CodeVerifier().getValue()));
        assertFalse(TokenExchange.pkceHolds(challenge, null));
        assertFalse(TokenExchange.pkceHolds(challenge, challenge), "plain is not taken");
        assertFalse(TokenExchange.pkceHolds(challenge, "short"));
    }

    @Test
    void aVerifierForACodeIssuedWithoutAChallengeIsRefused() {
        assertTrue(TokenExchange.pkceHolds(null, null));
        assertFalse(TokenExchange.pkceHolds(null, verifier.getValue()), "RFC 9700 §2.1.1: a downgrade is refused");
    }
}
