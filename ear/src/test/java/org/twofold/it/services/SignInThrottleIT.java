package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Totp;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.audit.Actor;
import org.twofold.service.signin.AnotherWayStep;
import org.twofold.service.signin.CodeStep;
import org.twofold.service.signin.PasswordStep;
import org.twofold.service.signin.SignInStep;
import org.twofold.service.useradmin.UserAdministration;

/**
 * Guessing is capped at both steps, in the database, also under parallel bursts: an account
 * after its threshold of failed passwords and codes together, for good at 100; a client
 * address after its limit whatever the usernames. A refused attempt is refused before the
 * password is hashed, with the same answer whatever password was typed. Each test uses
 * addresses of its own, so the address limit does not reach across tests.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    private static final String PASSWORD = "a long test password 456";
    private static final Actor ADMIN = new Actor("throttle-test-admin", "192.0.2.99");

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-throttle-it", TestUsers.class, TestMessages.class);
    }

    @Inject
    private PasswordStep passwordStep;

    @Inject
    private CodeStep codeStep;

    @Inject
    private AnotherWayStep anotherWay;

    @Inject
    private TestUsers testUsers;

    @Inject
    private TestMessages messages;

    @Inject
    private UserAdministration administration;

    @Test
    void ofFiftyParallelWrongPasswordsAtNineFailuresOneIsCheckedAndTheRestRefused() throws Exception {
        String username = testUsers.create("burst", PASSWORD);
        String ip = "198.51.100.1";
        Instant now = Instant.now();
        for (int i = 1; i <= 9; i++) {
            assertEquals("REFUSED INVALID_CREDENTIALS", SignInSteps.name(passwordStep.check(username, "wrong " + i, ip, now)));
        }
        Map<String, Integer> outcomes = Parallel.count(50,
                i -> SignInSteps.name(passwordStep.check(username, "wrong again " + i, ip, now)));
        assertEquals(Map.of("REFUSED INVALID_CREDENTIALS", 1, "REFUSED LOCKED", 49), outcomes);
        assertEquals(10, testUsers.failedAttempts(username));

        assertEquals("REFUSED LOCKED", SignInSteps.name(passwordStep.check(username, PASSWORD, ip, now)),
                "while locked, the right password gets the same answer as a wrong one");
        Instant after = now.plus(Duration.ofMinutes(10));
        assertEquals("REFUSED INVALID_CREDENTIALS", SignInSteps.name(passwordStep.check(username, "wrong", ip, after)));
        assertEquals("REFUSED LOCKED", SignInSteps.name(passwordStep.check(username, PASSWORD, ip, after)),
                "the timed lock did not reset the count: one more failure locks again");
        assertEquals(11, testUsers.failedAttempts(username));
    }

    @Test
    void ofFiftyParallelWrongCodesAtNineFailuresOneIsCheckedAndTheRightCodeThenIsRefused() throws Exception {
        String username = "codes-" + UUID.randomUUID().toString().substring(0, 8);
        String seed = Base32.encode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
        testUsers.createWithApp(username, PASSWORD, null, seed, false);
        String ip = "198.51.100.2";
        Instant now = Instant.now();
        String right = Totp.generate(Base32.decode(seed), now.getEpochSecond(), TotpParameters.DEFAULT);
        String wrong = right.equals("000000") ? "111111" : "000000";
        String token = SignInSteps.token(passwordStep.check(username, PASSWORD, ip, now));
        for (int i = 1; i <= 9; i++) {
            assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(codeStep.check(token, wrong, ip, now)));
        }
        Map<String, Integer> outcomes = Parallel.count(50, i -> SignInSteps.name(codeStep.check(token, wrong, ip, now)));
        assertEquals(Map.of("REFUSED LOCKED", 50), outcomes);
        assertEquals(10, testUsers.failedAttempts(username), "one of the fifty was checked; 49 were refused unchecked");
        assertEquals("REFUSED LOCKED", SignInSteps.name(codeStep.check(token, right, ip, now)),
                "the right code does not lift the lock");
        assertEquals(10, testUsers.failedAttempts(username));
    }

    @Test
    void anAccountLocksForGoodAtOneHundredFailuresAndTheUserAndTheAdminsAreTold() throws Exception {
        String username = "hundred-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.test";
        testUsers.createWithEmail(username, PASSWORD, email);
        String adminEmail = "admin-" + username + "@example.test";
        testUsers.createWithApp("admin-" + username, PASSWORD, adminEmail, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", true);
        Instant t = Instant.now();
        for (int failures = 0; failures < 100; ) {
            // A new address every ten attempts keeps the address limit out of this test.
            String outcome = SignInSteps.name(passwordStep.check(username, "wrong", "203.0.113." + failures / 10, t));
            if ("REFUSED LOCKED".equals(outcome)) {
                t = t.plus(Duration.ofMinutes(10)); // wait out the timed lock
            } else {
                assertEquals("REFUSED INVALID_CREDENTIALS", outcome);
                failures++;
            }
        }
        assertEquals(100, testUsers.failedAttempts(username));
        Instant muchLater = t.plus(Duration.ofDays(30));
        assertEquals("REFUSED LOCKED", SignInSteps.name(passwordStep.check(username, PASSWORD, "203.0.113.200", muchLater)),
                "no lockout period ends it");

        OutboundMessage toUser = messages.latestTo(email);
        assertNotNull(toUser, "the user is told");
        assertEquals("Your account is locked", toUser.getSubject());
        OutboundMessage toAdmin = messages.latestTo(adminEmail);
        assertNotNull(toAdmin, "the administrators are told");
        assertTrue(toAdmin.getSubject().contains(username), toAdmin.getSubject());

        administration.unlock(testUsers.idOf(username), ADMIN);
        SignInStep unlocked = passwordStep.check(username, PASSWORD, "203.0.113.201", muchLater);
        assertTrue(unlocked instanceof SignInStep.Due, "an admin's Unlock opens it: " + SignInSteps.name(unlocked));
    }

    @Test
    void aNameNoAccountHasIsLockedAlikeSoTheLockoutTellsNoNames() throws Exception {
        String existing = testUsers.create("named", PASSWORD);
        String unknown = "no-such-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        List<String> forExisting = new ArrayList<>();
        List<String> forUnknown = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            forExisting.add(SignInSteps.name(passwordStep.check(existing, "wrong " + i, "198.51.100.7", now)));
            forUnknown.add(SignInSteps.name(passwordStep.check(unknown, "wrong " + i, "198.51.100.8", now)));
        }
        assertEquals("REFUSED LOCKED", forExisting.get(10), forExisting.toString());
        assertEquals(forExisting, forUnknown, "eleven wrong passwords answer alike whether or not the name exists");
        Instant after = now.plus(Duration.ofMinutes(10));
        assertEquals(SignInSteps.name(passwordStep.check(existing, "wrong", "198.51.100.7", after)),
                SignInSteps.name(passwordStep.check(unknown, "wrong", "198.51.100.8", after)), "and after the lock");
    }

    @Test
    void anAddressIsRefusedAtItsLimitWhateverTheUsernamesAndOthersAreNot() throws Exception {
        String ip = "198.51.100.3";
        Instant now = Instant.now();
        testUsers.setAddressFailureLimit(10); // the lowest allowed; the default is 100
        try {
            Map<String, Integer> outcomes = Parallel.count(30,
                    i -> SignInSteps.name(passwordStep.check("nobody-" + i + "-" + UUID.randomUUID(), "guess", ip, now)));
            assertEquals(Map.of("REFUSED INVALID_CREDENTIALS", 10, "REFUSED LOCKED", 20), outcomes);

            String username = testUsers.create("behind-the-address", PASSWORD);
            assertEquals("REFUSED LOCKED", SignInSteps.name(passwordStep.check(username, PASSWORD, ip, now)),
                    "a known user with the right password is refused from that address too");
            assertEquals("ENROLMENT_DUE",
                    SignInSteps.name(passwordStep.check(username, PASSWORD, "198.51.100.4", now)), "other addresses are not");
            assertEquals("ENROLMENT_DUE",
                    SignInSteps.name(passwordStep.check(username, PASSWORD, ip, now.plus(Duration.ofMinutes(15)))),
                    "fifteen minutes later the address may try again");
        } finally {
            testUsers.setAddressFailureLimit(100);
        }
    }

    @Test
    void anEmailedCodeAllowsFiveTriesEvenToParallelGuesses() throws Exception {
        String username = "tries-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithSentCodes(username, PASSWORD, TwoFactorMethod.EMAIL, username + "@example.test", null);
        String ip = "198.51.100.5";
        Instant now = Instant.now();
        SignInStep step = passwordStep.check(username, PASSWORD, ip, now);
        assertEquals("CODE_DUE", SignInSteps.name(step));
        Map<String, Integer> outcomes = Parallel.count(8,
                i -> SignInSteps.name(codeStep.check(SignInSteps.token(step), "00000" + i, ip, now)));
        assertEquals(4, outcomes.getOrDefault("TRY_AGAIN WRONG_CODE", 0), outcomes.toString());
        assertEquals(1, outcomes.getOrDefault("TRY_AGAIN LAST_TRY_WRONG", 0), "one guess is told it was the last: " + outcomes);
        assertEquals(3, outcomes.getOrDefault("TRY_AGAIN SENT_CODE_USED_UP", 0), outcomes.toString());
        assertEquals(5, testUsers.failedAttempts(username), "only the five checked guesses count against the account");
    }

    @Test
    void parallelRequestsForCodesGetNoMoreThanTheLimit() throws Exception {
        String username = "resend-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithSentCodes(username, PASSWORD, TwoFactorMethod.EMAIL, username + "@example.test", null);
        String ip = "198.51.100.6";
        Instant now = Instant.now();
        String token = SignInSteps.token(passwordStep.check(username, PASSWORD, ip, now)); // the first of five codes
        Map<String, Integer> outcomes = Parallel.count(20,
                i -> SignInSteps.name(anotherWay.resend(token, ip, now)));
        assertEquals(Map.of("CODE_RESENT", 4, "TRY_AGAIN SEND_LIMIT", 16), outcomes);
        assertEquals(5, messages.countTo(username + "@example.test"));
    }
}
