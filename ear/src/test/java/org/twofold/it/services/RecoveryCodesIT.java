package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.domain.user.User;
import org.twofold.it.RecoveryCodeBrowsing;
import org.twofold.service.account.OwnRecoveryCodes;
import org.twofold.service.account.PasswordConfirmation;
import org.twofold.service.audit.Actor;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.signin.PasswordStep;
import org.twofold.service.signin.RecoveryCodeStep;
import org.twofold.service.signin.SignInStep;
import org.twofold.service.user.UserDirectory;
import org.twofold.service.useradmin.UserAdministration;
import org.twofold.service.useradmin.UserFactorAdministration;

/** Recovery codes: single use under parallel requests, replaced as a set, counted when wrong, and used in the browser. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecoveryCodesIT {

    private static final String PASSWORD = "a long test password 321";
    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String BROWSING_USER = "recovery-e2e";
    private static final String BROWSING_EMAIL = "recovery-e2e@example.test";
    private static final String CHROMIUM_USER = "recovery-chromium-e2e";
    private static final String IP = "198.51.100.77";
    private static final Actor ADMIN = new Actor("Administrator", IP);

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-recovery-it", TestUsers.class, TestMessages.class);
    }

    @Inject
    private TestUsers testUsers;

    @Inject
    private TestMessages messages;

    @Inject
    private PasswordStep passwordStep;

    @Inject
    private RecoveryCodeStep recoveryCodeStep;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private PasswordConfirmation confirmation;

    @Inject
    private OwnRecoveryCodes ownRecoveryCodes;

    @Inject
    private UserDirectory users;

    @Inject
    private UserAdministration administration;

    @Inject
    private UserFactorAdministration factorAdministration;

    @Test
    @Order(1)
    void aSetIsTenCodesStoredOnlyAsHashesAndReplacingItVoidsTheOldOne() throws Exception {
        String username = newUserWithApp();
        List<String> first = newCodes(username);
        assertEquals(10, new HashSet<>(first).size());
        List<String> stored = testUsers.recoveryCodeHashes(username);
        assertEquals(10, stored.size());
        for (String code : first) {
            assertFalse(stored.contains(code) || stored.contains(code.replace("-", "")), "only hashes are stored");
        }
        OutboundMessage notice = messages.latestTo(email(username));
        assertNotNull(notice, "the user is told");
        assertEquals("New recovery codes for your account", notice.getSubject());

        List<String> second = newCodes(username);
        assertEquals("TRY_AGAIN WRONG_RECOVERY_CODE", SignInSteps.name(useCode(username, first.get(0))),
                "the old set no longer works");
        assertEquals("SIGNED_IN", SignInSteps.name(useCode(username, second.get(0).toUpperCase().replace("-", " "))));
        assertEquals(9, recoveryCodes.unusedCount(user(username)));
    }

    @Test
    @Order(2)
    void aCodeSignsInOnceAndTellsTheUser() throws Exception {
        String username = newUserWithApp();
        String code = newCodes(username).get(3);
        SignInStep step = useCode(username, code);
        assertTrue(step instanceof SignInStep.SignedIn signedIn && signedIn.secondStepDone(),
                "counts as the second step (the console needs one)");
        assertEquals("A recovery code was used to sign in", messages.latestTo(email(username)).getSubject());
        assertEquals("TRY_AGAIN WRONG_RECOVERY_CODE", SignInSteps.name(useCode(username, code)), "single use");
        assertEquals(1, testUsers.failedAttempts(username), "the second use counted as a wrong try");
    }

    @Test
    @Order(3)
    void twentyParallelSignInsWithOneCodeSignInOnce() throws Exception {
        String username = newUserWithApp();
        String code = newCodes(username).get(0);
        Instant now = Instant.now();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tokens.add(SignInSteps.token(passwordStep.check(username, PASSWORD, IP, now)));
        }
        Map<String, Integer> outcomes = Parallel.count(20,
                i -> SignInSteps.name(recoveryCodeStep.check(tokens.get(i), code, IP, now)));
        assertEquals(1, outcomes.get("SIGNED_IN"), outcomes.toString());
        assertEquals(9, recoveryCodes.unusedCount(user(username)));
    }

    @Test
    @Order(4)
    void wrongCodesCountTowardsTheLockout() throws Exception {
        String username = newUserWithApp();
        newCodes(username);
        Instant now = Instant.now();
        String token = SignInSteps.token(passwordStep.check(username, PASSWORD, IP, now));
        for (int i = 0; i < 9; i++) {
            assertEquals("TRY_AGAIN WRONG_RECOVERY_CODE",
                    SignInSteps.name(recoveryCodeStep.check(token, "0000-0000-0000-000" + i, IP, now)));
        }
        assertEquals("REFUSED LOCKED", SignInSteps.name(recoveryCodeStep.check(token, "not a code", IP, now)));
        assertEquals(10, testUsers.failedAttempts(username));
    }

    @Test
    @Order(5)
    void codesAreCreatedOnlyWithThePasswordConfirmedInTheLastFiveMinutes() {
        String username = newUserWithApp();
        Instant now = Instant.now();
        assertFalse(confirmation.confirm(username, "not the password", IP, now));
        assertEquals(1, testUsers.failedAttempts(username), "a wrong confirmation counts like a wrong password");
        assertTrue(ownRecoveryCodes.replace(username, null, IP, now).isEmpty(), "never confirmed");
        assertTrue(ownRecoveryCodes.replace(username, now.minusSeconds(5 * 60), IP, now).isEmpty(), "five minutes ago");
        assertTrue(ownRecoveryCodes.replace(username, now.plusSeconds(60), IP, now).isEmpty(), "a time to come");
        assertEquals(0, recoveryCodes.unusedCount(user(username)), "nothing was created");

        assertTrue(confirmation.confirm(username, PASSWORD, IP, now));
        assertEquals(10, ownRecoveryCodes.replace(username, now.minusSeconds(5 * 60 - 1), IP, now).orElseThrow().size());
    }

    @Test
    @Order(6)
    void anAdminsResetRemovesTheCodesWithTheApp() throws Exception {
        String username = newUserWithApp();
        String code = newCodes(username).get(0);
        factorAdministration.resetFactors(testUsers.idOf(username), ADMIN);
        assertEquals(0, recoveryCodes.unusedCount(user(username)));
        SignInStep afterReset = passwordStep.check(username, PASSWORD, IP, Instant.now());
        assertEquals("TRY_AGAIN WRONG_RECOVERY_CODE", SignInSteps.name(recoveryCodeStep.check(SignInSteps.token(afterReset), code, IP, Instant.now())));
    }

    @Test
    @Order(7)
    void aUserWithAnApp() {
        testUsers.createWithApp(BROWSING_USER, PASSWORD, BROWSING_EMAIL, SEED, false);
        testUsers.createWithApp(CHROMIUM_USER, PASSWORD, null, SEED, false);
    }

    @Test
    @Order(8)
    @RunAsClient
    void inTheBrowserCodesAreCreatedOnTheSecurityPageAndOneSignsInInsteadOfTheApp() throws Exception {
        RecoveryCodeBrowsing.createUseAndReuse(BROWSING_USER, PASSWORD, SEED, BROWSING_EMAIL);
    }

    @Test
    @Order(9)
    @RunAsClient
    void inChromiumARecoveryCodeSignsInInsteadOfTheApp() throws Exception {
        RecoveryCodeBrowsing.createThenUseOneInChromium(CHROMIUM_USER, PASSWORD, SEED);
    }

    private List<String> newCodes(String username) {
        Instant now = Instant.now();
        return ownRecoveryCodes.replace(username, now, IP, now).orElseThrow();
    }

    private String newUserWithApp() {
        String username = "recovery-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithApp(username, PASSWORD, email(username), SEED, false);
        return username;
    }

    private SignInStep useCode(String username, String code) {
        Instant now = Instant.now();
        return recoveryCodeStep.check(SignInSteps.token(passwordStep.check(username, PASSWORD, IP, now)), code, IP, now);
    }

    private User user(String username) {
        return users.find(username).orElseThrow();
    }

    private static String email(String username) {
        return username + "@example.test";
    }
}
