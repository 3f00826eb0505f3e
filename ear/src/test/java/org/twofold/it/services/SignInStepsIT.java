package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Totp;
import org.twofold.service.config.SeedVault;
import org.twofold.service.factor.EnrolmentDetails;
import org.twofold.service.signin.CodeStep;
import org.twofold.service.signin.PendingSignInView;
import org.twofold.service.signin.SecondStepStart;
import org.twofold.service.signin.SignInStep;
import org.twofold.service.user.UserDirectory;

/**
 * The sign-in services inside Liberty, against the real database and the deployment's
 * encryption key. Time is passed in, so lockout expiry needs no waiting.
 */
@ExtendWith(ArquillianExtension.class)
class SignInStepsIT {

    private static final String PASSWORD = "a long test password 123";
    private static final String IP = "192.0.2.10";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-services-it", TestUsers.class);
    }

    @Inject
    private SecondStepStart secondStepStart;

    @Inject
    private CodeStep codeStep;

    @Inject
    private PendingSignInView pendingView;

    @Inject
    private UserDirectory users;

    @Inject
    private SeedVault vault;

    @Inject
    private TestUsers testUsers;

    /** Signs in for the first time at {@code now}: enrols and confirms an app; returns its seed. */
    private byte[] enrol(String username, Instant now) {
        SignInStep step = secondStepStart.afterPassword(username, IP, now);
        assertEquals("ENROLMENT_DUE", SignInSteps.name(step));
        EnrolmentDetails details = pendingView.enrolmentDetails(SignInSteps.token(step), now).orElseThrow();
        byte[] seed = Base32.decode(details.secretBase32());
        SignInStep result = codeStep.check(SignInSteps.token(step), code(seed, now), IP, now);
        assertEquals("SIGNED_IN", SignInSteps.name(result));
        return seed;
    }

    private static String code(byte[] seed, Instant at) {
        return Totp.generate(seed, at.getEpochSecond(), org.twofold.domain.otp.TotpParameters.DEFAULT);
    }

    private String pendingCode(String username, Instant now) {
        SignInStep step = secondStepStart.afterPassword(username, IP, now);
        assertEquals("CODE_DUE", SignInSteps.name(step));
        return SignInSteps.token(step);
    }

    @Test
    void checksPasswordsWithoutTellingWhichPartWasWrong() {
        String username = testUsers.create("password", PASSWORD);
        assertTrue(users.authenticate(username, PASSWORD).isPresent());
        assertTrue(users.authenticate(username, PASSWORD + "x").isEmpty());
        assertTrue(users.authenticate("no-such-user-" + username, PASSWORD).isEmpty());
        assertTrue(users.authenticate("x".repeat(10_000), PASSWORD).isEmpty());
        testUsers.disable(username);
        assertTrue(users.authenticate(username, PASSWORD).isEmpty());
    }

    @Test
    void enrolsAFreshSecretThenAsksForCodes() {
        String username = testUsers.create("enrol", PASSWORD);
        Instant now = Instant.now();
        SignInStep first = secondStepStart.afterPassword(username, IP, now);
        SignInStep second = secondStepStart.afterPassword(username, IP, now);
        String secretA = pendingView.enrolmentDetails(SignInSteps.token(first), now).orElseThrow().secretBase32();
        String secretB = pendingView.enrolmentDetails(SignInSteps.token(second), now).orElseThrow().secretBase32();
        assertFalse(secretA.equals(secretB), "each enrolment gets a fresh seed");
        assertTrue(Base32.decode(secretB).length >= 20, "at least 160 bits");

        byte[] seed = Base32.decode(secretB);
        assertEquals("SIGNED_IN",
                SignInSteps.name(codeStep.check(SignInSteps.token(second), code(seed, now), IP, now)));
        assertNotNull(testUsers.confirmedFactor(username));

        Instant later = now.plusSeconds(60);
        String token = pendingCode(username, later);
        assertTrue(pendingView.enrolmentDetails(token, later).isEmpty(), "no secret is shown once enrolled");
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(token, code(seed, later), IP, later)));
    }

    @Test
    void aCodeIsAcceptedOnceAndAPendingSignInOnlyOnce() {
        String username = testUsers.create("replay", PASSWORD);
        Instant now = Instant.now();
        byte[] seed = enrol(username, now);

        String token = pendingCode(username, now);
        assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(codeStep.check(token, code(seed, now), IP, now)),
                "the code that confirmed the enrolment is used up");
        Instant next = now.plusSeconds(30);
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(token, code(seed, next), IP, next)));
        assertEquals("REFUSED EXPIRED",
                SignInSteps.name(codeStep.check(token, code(seed, next.plusSeconds(30)), IP, next.plusSeconds(30))),
                "a completed pending sign-in cannot be used again");
        // Codes from before the last accepted step are stale even inside the window.
        String fresh = pendingCode(username, next.plusSeconds(30));
        assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(codeStep.check(fresh, code(seed, now), IP, next.plusSeconds(30))));
    }

    @Test
    void rejectsCodesOutsideOneStepOfDriftAndMalformedCodes() {
        String username = testUsers.create("window", PASSWORD);
        Instant now = Instant.now();
        byte[] seed = enrol(username, now);
        Instant later = now.plusSeconds(300);
        String token = pendingCode(username, later);
        for (String typed : new String[] {code(seed, later.minusSeconds(90)), code(seed, later.plusSeconds(90))}) {
            assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(codeStep.check(token, typed, IP, later)));
        }
        for (String typed : new String[] {"", "%", "*", "1".repeat(1000), "\u0661\u0662\u0663\u0664\u0665\u0666", null}) {
            assertEquals("TRY_AGAIN MALFORMED_CODE", SignInSteps.name(codeStep.check(token, typed, IP, later)));
        }
        assertEquals("SIGNED_IN",
                SignInSteps.name(codeStep.check(token, code(seed, later.minusSeconds(30)), IP, later)));
    }

    @Test
    void locksAfterTheThresholdKeepsCountingAcrossPasswordStepsAndUnlocksAfterTheDuration() {
        String username = testUsers.create("lockout", PASSWORD);
        Instant now = Instant.now();
        byte[] seed = enrol(username, now);
        String wrong = code(seed, now).equals("000000") ? "111111" : "000000";

        Instant t = now.plusSeconds(60);
        String token = pendingCode(username, t);
        for (int i = 1; i <= 5; i++) {
            assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(codeStep.check(token, wrong, IP, t)));
        }
        // A new password step starts a new pending sign-in but keeps the count.
        token = pendingCode(username, t);
        assertEquals(5, testUsers.failedAttempts(username));
        for (int i = 6; i <= 9; i++) {
            assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(codeStep.check(token, wrong, IP, t)));
        }
        assertEquals("REFUSED LOCKED", SignInSteps.name(codeStep.check(token, wrong, IP, t)));

        Instant stillLocked = t.plus(Duration.ofMinutes(10)).minusSeconds(1);
        assertEquals("REFUSED LOCKED", SignInSteps.name(secondStepStart.afterPassword(username, IP, stillLocked)));

        Instant unlocked = t.plus(Duration.ofMinutes(10));
        String again = pendingCode(username, unlocked);
        assertEquals("SIGNED_IN",
                SignInSteps.name(codeStep.check(again, code(seed, unlocked), IP, unlocked)));
        assertEquals(0, testUsers.failedAttempts(username));
    }

    @Test
    void seedsAreEncryptedAndBoundToTheirRow() {
        String username = testUsers.create("cipher", PASSWORD);
        byte[] seed = enrol(username, Instant.now());
        TotpFactor factor = testUsers.confirmedFactor(username);
        KeyRing.Sealed stored = factor.sealedSeed();
        assertFalse(Collections.indexOfSubList(toList(stored.bytes()), toList(seed)) >= 0, "the seed is not stored in clear");
        assertEquals(vault.keys().currentId(), stored.keyId(), "the seed records the key that sealed it");
        assertArrayEquals(seed, vault.open(stored, factor.getId()));
        EJBException moved = assertThrows(EJBException.class, () -> vault.open(stored, factor.getId() + 1));
        assertTrue(moved.getCause() instanceof IllegalStateException, String.valueOf(moved.getCause()));
    }

    @Test
    void ofTwentyParallelSubmissionsOfOneValidCodeExactlyOneSucceeds() throws Exception {
        String username = testUsers.create("race", PASSWORD);
        Instant now = Instant.now();
        byte[] seed = enrol(username, now);
        Instant t = now.plusSeconds(30);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tokens.add(pendingCode(username, t));
        }
        String code = code(seed, t);
        Map<String, Integer> outcomes = Parallel.count(20, i -> SignInSteps.name(codeStep.check(tokens.get(i), code, IP, t)));
        assertEquals(1, outcomes.get("SIGNED_IN"), outcomes.toString());
        int rejected = outcomes.entrySet().stream()
                .filter(e -> "TRY_AGAIN WRONG_CODE".equals(e.getKey()) || "REFUSED LOCKED".equals(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        assertEquals(19, rejected, outcomes.toString());
        assertNull(outcomes.get("REFUSED EXPIRED"));
    }

    private static List<Byte> toList(byte[] bytes) {
        List<Byte> list = new ArrayList<>();
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }
}
