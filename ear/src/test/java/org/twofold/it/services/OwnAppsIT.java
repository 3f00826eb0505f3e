package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Totp;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.it.OwnAppsBrowsing;
import org.twofold.service.account.AccountChange;
import org.twofold.service.account.AccountOverview;
import org.twofold.service.account.AccountOverviews;
import org.twofold.service.account.OwnApps;
import org.twofold.service.signin.CodeStep;
import org.twofold.service.signin.PasswordStep;
import org.twofold.service.signin.SignInStep;

/**
 * Users adding and removing their own authenticator apps on the Security page: a new app
 * counts once a code from it is entered, any app's code signs in, a removed app's codes fail
 * at once, and the last app stays.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnAppsIT {

    private static final String PASSWORD = "a long test password 321";
    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String IP = "198.51.100.99";
    private static final String BROWSING_USER = "own-apps-e2e";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-own-apps-it", TestUsers.class, TestMessages.class);
    }

    @Inject
    private TestUsers testUsers;

    @Inject
    private TestMessages messages;

    @Inject
    private PasswordStep passwordStep;

    @Inject
    private CodeStep codeStep;

    @Inject
    private OwnApps apps;

    @Inject
    private AccountOverviews overviews;

    @Test
    @Order(1)
    void aSecondAppCountsOnceConfirmedAndThenEitherAppSignsIn() {
        String username = newUser();
        Instant now = Instant.now();
        long added = apps.start(username, now, now).orElseThrow();
        byte[] newSeed = Base32.decode(apps.details(username, added).orElseThrow().secretBase32());
        assertEquals(1, overviews.of(username, now).orElseThrow().apps().size(), "unconfirmed, it does not count");
        assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(codeStep.check(due(username, now), code(newSeed, now), IP, now)),
                "nor do its codes");

        assertEquals(AccountChange.WRONG_CODE, apps.confirm(username, added, "000000", now, IP, now));
        assertEquals(2, testUsers.failedAttempts(username), "a wrong code counts like one at sign-in");
        assertEquals(AccountChange.DONE, apps.confirm(username, added, code(newSeed, now), now, IP, now));
        assertEquals("An authenticator app was set up for your account", messages.latestTo(email(username)).getSubject());
        assertEquals(2, overviews.of(username, now).orElseThrow().apps().size());

        Instant next = now.plusSeconds(30);
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(due(username, next), code(newSeed, next), IP, next)));
        Instant later = now.plusSeconds(60);
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(due(username, later), code(Base32.decode(SEED), later), IP, later)),
                "the first app still works");
    }

    @Test
    @Order(2)
    void aRemovedAppsCodesFailAtOnceAndTheLastAppStays() {
        String username = newUser();
        Instant now = Instant.now();
        long second = apps.start(username, now, now).orElseThrow();
        byte[] secondSeed = Base32.decode(apps.details(username, second).orElseThrow().secretBase32());
        assertEquals(AccountChange.DONE, apps.confirm(username, second, code(secondSeed, now), now, IP, now));
        List<AccountOverview.App> lines = overviews.of(username, now).orElseThrow().apps();
        long first = lines.get(0).id();
        assertNotEquals(first, second);

        assertEquals(AccountChange.PASSWORD_NEEDED, apps.remove(username, first, now.minus(Duration.ofMinutes(5)), IP, now));
        assertEquals(AccountChange.DONE, apps.remove(username, first, now, IP, now));
        assertEquals("An authenticator app was removed from your account", messages.latestTo(email(username)).getSubject());
        Instant next = now.plusSeconds(30);
        assertEquals("TRY_AGAIN WRONG_CODE",
                SignInSteps.name(codeStep.check(due(username, next), code(Base32.decode(SEED), next), IP, next)),
                "the removed app's code fails at once");
        assertEquals(AccountChange.LAST_FACTOR, apps.remove(username, second, now, IP, now));
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(due(username, next), code(secondSeed, next), IP, next)));
    }

    @Test
    @Order(3)
    void anAppBeingAddedIsItsUsersOnlyAndNeedsARecentPassword() {
        String username = newUser();
        String other = newUser();
        Instant now = Instant.now();
        assertTrue(apps.start(username, now.minus(Duration.ofMinutes(6)), now).isEmpty());
        long added = apps.start(username, now, now).orElseThrow();
        assertTrue(apps.details(other, added).isEmpty(), "another user sees nothing of it");
        assertEquals(AccountChange.NOT_FOUND, apps.confirm(other, added, "123456", now, IP, now));
        assertEquals(AccountChange.PASSWORD_NEEDED, apps.confirm(username, added, "123456", null, IP, now));
        long othersApp = overviews.of(other, now).orElseThrow().apps().get(0).id();
        assertEquals(AccountChange.NOT_FOUND, apps.remove(username, othersApp, now, IP, now));
    }

    @Test
    @Order(4)
    void aUserWithAnAppForTheBrowser() {
        testUsers.createWithApp(BROWSING_USER, PASSWORD, BROWSING_USER + "@example.test", SEED, false);
    }

    @Test
    @Order(5)
    @RunAsClient
    void inTheBrowserAUserAddsASecondAppThenRemovesTheFirst() throws Exception {
        OwnAppsBrowsing.addThenRemove(BROWSING_USER, PASSWORD, SEED);
    }

    @Test
    @Order(6)
    void twoRemovalsRacingForTheLastTwoAppsLeaveOne() throws Exception {
        String username = newUser();
        Instant now = Instant.now();
        long second = apps.start(username, now, now).orElseThrow();
        byte[] secondSeed = Base32.decode(apps.details(username, second).orElseThrow().secretBase32());
        assertEquals(AccountChange.DONE, apps.confirm(username, second, code(secondSeed, now), now, IP, now));
        List<Long> ids = overviews.of(username, now).orElseThrow().apps().stream().map(AccountOverview.App::id).toList();

        Map<AccountChange, Integer> outcomes = Parallel.count(2, i -> apps.remove(username, ids.get(i), now, IP, now));
        assertEquals(Map.of(AccountChange.DONE, 1, AccountChange.LAST_FACTOR, 1), outcomes);
        assertEquals(1, overviews.of(username, now).orElseThrow().apps().size());
    }

    private String due(String username, Instant now) {
        SignInStep step = passwordStep.check(username, PASSWORD, IP, now);
        return SignInSteps.token(step);
    }

    private String newUser() {
        String username = "own-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithApp(username, PASSWORD, email(username), SEED, false);
        return username;
    }

    private static String email(String username) {
        return username + "@example.test";
    }

    private static String code(byte[] seed, Instant at) {
        return Totp.generate(seed, at.getEpochSecond(), TotpParameters.DEFAULT);
    }
}
