package org.twofold.service.passkey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.twofold.domain.passkey.Passkey;
import org.twofold.testing.SoftwareAuthenticator;

/** What an authenticator's answer must be for Twofold to take it, with a software authenticator making each answer. */
class PasskeyVerifierTest {

    private static final RelyingParty TWOFOLD = new RelyingParty("intranet.example", "Twofold", "https://intranet.example");
    private static final String PHISHING = "https://intranet-example.evil.test";

    private final SoftwareAuthenticator key = new SoftwareAuthenticator("intranet.example", "MQ");

    private static PasskeyVerifier.Expected expecting(String challenge, boolean userVerification) {
        return new PasskeyVerifier.Expected(TWOFOLD, challenge, userVerification);
    }

    private Passkey registered() throws PasskeyVerifier.Refused {
        PasskeyVerifier.NewCredential credential = PasskeyVerifier.register(key.register("cmVn", TWOFOLD.origin(), true),
                expecting("cmVn", false));
        Passkey passkey = new Passkey(null, "YubiKey", credential.credentialId(), "digest", credential.credentialData(),
                credential.aaguid(), Instant.EPOCH);
        passkey.setFlags(credential.signCount(), credential.userVerified(), credential.backupEligible(),
                credential.backupState(), credential.transports());
        return passkey;
    }

    private static PasskeyVerifier.Failure refusal(org.junit.jupiter.api.function.Executable answer) {
        return assertThrows(PasskeyVerifier.Refused.class, answer).failure();
    }

    @Test
    void aRegistrationGivesTheKeysIdPublicKeyAndFlags() throws Exception {
        PasskeyVerifier.NewCredential credential = PasskeyVerifier.register(key.register("Y2hhbGxlbmdl", TWOFOLD.origin(), true),
                expecting("Y2hhbGxlbmdl", true));
        assertEquals(key.credentialId(), credential.credentialId());
        assertEquals("00000000-0000-0000-0000-000000000000", credential.aaguid());
        assertEquals("usb", credential.transports());
        assertTrue(credential.userVerified());
        assertFalse(credential.backupEligible());
    }

    @Test
    void aRegistrationMadeOnAnotherSiteOrForAnotherChallengeIsRefused() {
        assertEquals(PasskeyVerifier.Failure.WRONG_ORIGIN,
                refusal(() -> PasskeyVerifier.register(key.register("Y2g", PHISHING, true), expecting("Y2g", false))));
        assertEquals(PasskeyVerifier.Failure.WRONG_CHALLENGE,
                refusal(() -> PasskeyVerifier.register(key.register("b2xk", TWOFOLD.origin(), true), expecting("bmV3", false))));
        assertEquals(PasskeyVerifier.Failure.NOT_VERIFIED,
                refusal(() -> PasskeyVerifier.register(key.register("Y2g", TWOFOLD.origin(), false), expecting("Y2g", true))));
        assertEquals(PasskeyVerifier.Failure.MALFORMED,
                refusal(() -> PasskeyVerifier.register("{\"id\":\"x\"}", expecting("Y2g", false))));
    }

    @Test
    void aSignInAnswerNamesItsPasskeyAndUserAndCountsForward() throws Exception {
        Passkey passkey = registered();
        PasskeyVerifier.Assertion assertion = PasskeyVerifier.read(key.signIn("c2lnbg", TWOFOLD.origin(), true));
        assertEquals(key.credentialId(), assertion.credentialId());
        assertEquals("MQ", assertion.userHandle().orElseThrow());
        PasskeyVerifier.Used used = PasskeyVerifier.authenticate(assertion, passkey, expecting("c2lnbg", true));
        assertEquals(1, used.signCount());
        assertTrue(used.userVerified());
    }

    @Test
    void aSignInAnswerFromAPhishingSiteAnOldChallengeOrAnotherKeyIsRefused() throws Exception {
        Passkey passkey = registered();
        assertEquals(PasskeyVerifier.Failure.WRONG_ORIGIN, refusal(() -> PasskeyVerifier.authenticate(
                PasskeyVerifier.read(key.signIn("c2ln", PHISHING, true)), passkey, expecting("c2ln", false))));
        assertEquals(PasskeyVerifier.Failure.WRONG_CHALLENGE, refusal(() -> PasskeyVerifier.authenticate(
                PasskeyVerifier.read(key.signIn("b2xk", TWOFOLD.origin(), true)), passkey, expecting("bmV3", false))));
        SoftwareAuthenticator stranger = new SoftwareAuthenticator("intranet.example", "Mg");
        String strangersAnswer = stranger.signIn("c2ln", TWOFOLD.origin(), true)
                .replace(stranger.credentialId(), key.credentialId()); // claims to be this user's key
        assertEquals(PasskeyVerifier.Failure.NOT_VALID, refusal(() -> PasskeyVerifier.authenticate(
                PasskeyVerifier.read(strangersAnswer), passkey, expecting("c2ln", false))));
        assertEquals(PasskeyVerifier.Failure.NOT_VERIFIED, refusal(() -> PasskeyVerifier.authenticate(
                PasskeyVerifier.read(key.signIn("c2ln", TWOFOLD.origin(), false)), passkey, expecting("c2ln", true))));
    }

    @Test
    void aCounterThatGoesBackIsACloneAndRefused() throws Exception {
        Passkey registeredAt0 = registered();
        key.setCounter(41);
        PasskeyVerifier.Used used = PasskeyVerifier.authenticate(PasskeyVerifier.read(key.signIn("b25l", TWOFOLD.origin(), true)),
                registeredAt0, expecting("b25l", false));
        Passkey seenAt42 = new Passkey(null, "YubiKey", registeredAt0.getCredentialId(), "digest",
                registeredAt0.getCredentialData(), registeredAt0.getAaguid(), Instant.EPOCH);
        seenAt42.setFlags(used.signCount(), true, false, false, null);
        key.setCounter(10); // a copy of the key, behind the original
        assertEquals(PasskeyVerifier.Failure.COUNTER_WENT_BACK, refusal(() -> PasskeyVerifier.authenticate(
                PasskeyVerifier.read(key.signIn("dHdv", TWOFOLD.origin(), true)), seenAt42, expecting("dHdv", false))));
    }

    @Test
    void whatIsNoAnswerAtAllIsMalformed() {
        assertEquals(PasskeyVerifier.Failure.MALFORMED, refusal(() -> PasskeyVerifier.read("")));
        assertEquals(PasskeyVerifier.Failure.MALFORMED, refusal(() -> PasskeyVerifier.read("not json")));
        assertEquals(PasskeyVerifier.Failure.MALFORMED, refusal(() -> PasskeyVerifier.read("{\"id\":\"AA\",\"type\":\"public-key\"}")));
    }
}
