package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Totp;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.it.RememberedBrowserBrowsing;
import org.twofold.service.account.AccountChange;
import org.twofold.service.account.AccountOverview;
import org.twofold.service.account.AccountOverviews;
import org.twofold.service.account.OwnBrowsers;
import org.twofold.service.audit.Actor;
import org.twofold.service.signin.CodeStep;
import org.twofold.service.signin.PasswordStep;
import org.twofold.service.signin.PendingSignInView;
import org.twofold.service.signin.SignInStep;
import org.twofold.service.useradmin.UserAdministration;
import org.twofold.service.useradmin.UserDraft;
import org.twofold.service.useradmin.UserFactorAdministration;

/**
 * "Remember this device": a remembered browser skips the code step after the right password,
 * until it expires or is forgotten by any of the events that must forget it; never for admins.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrustedDevicesIT {

    private static final String ARCHIVE = "twofold-trusted-devices-it";
    private static final String PASSWORD = "a long test password 321";
    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String BROWSER = "Firefox on Linux";
    private static final String IP = "198.51.100.88";
    private static final Actor ADMIN = new Actor("Administrator", IP);
    private static final String BROWSING_USER = "remembered-e2e";
    private static final String CHROMIUM_USER = "remembered-chromium-e2e";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class, TestMessages.class);
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
    private PendingSignInView pendingView;

    @Inject
    private AccountOverviews overviews;

    @Inject
    private OwnBrowsers browsers;

    @Inject
    private UserAdministration administration;

    @Inject
    private UserFactorAdministration factorAdministration;

    @Test
    @Order(1)
    void aRememberedBrowserSkipsTheCodeAfterTheRightPasswordOnly() {
        testUsers.setRememberDeviceDays(30);
        String username = newUser(false);
        Instant now = Instant.now();
        SignInStep.RememberedBrowser remembered = remember(username, now);
        assertEquals(Duration.ofDays(30), remembered.lifetime(), "the cookie lasts as long as the device counts");
        assertEquals("A browser now signs in to your account without a code", messages.latestTo(email(username)).getSubject());

        Instant later = now.plus(Duration.ofDays(3));
        SignInStep again = passwordStep.check(username, PASSWORD, remembered.token(), IP, later);
        assertTrue(again instanceof SignInStep.SignedIn signedIn && signedIn.secondStepDone(), SignInSteps.name(again));
        assertEquals("REFUSED INVALID_CREDENTIALS",
                SignInSteps.name(passwordStep.check(username, "not the password", remembered.token(), IP, later)));
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(username, PASSWORD, "a made-up token", IP, later)));
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(username, PASSWORD, IP, later)), "another browser");

        String other = newUser(false);
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(other, PASSWORD, remembered.token(), IP, later)),
                "a token is bound to its user");

        List<AccountOverview.Browser> listed = overviews.of(username, later).orElseThrow().browsers();
        assertEquals(1, listed.size());
        assertEquals(BROWSER, listed.get(0).name());
        assertEquals(later.truncatedTo(ChronoUnit.MILLIS), listed.get(0).lastUsedAt(), "the last use is shown");
    }

    @Test
    @Order(2)
    void itExpiresAfterTheDaysSetThenAndSoonerWhenTheAdminShortensThem() {
        testUsers.setRememberDeviceDays(30);
        String username = newUser(false);
        Instant now = Instant.now();
        String token = remember(username, now).token();
        assertEquals("SIGNED_IN", SignInSteps.name(passwordStep.check(username, PASSWORD, token, IP, now.plus(Duration.ofDays(29)))));
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(username, PASSWORD, token, IP, now.plus(Duration.ofDays(30)))));

        String shortened = newUser(false);
        String shortenedToken = remember(shortened, now).token();
        testUsers.setRememberDeviceDays(7);
        assertEquals("SIGNED_IN", SignInSteps.name(passwordStep.check(shortened, PASSWORD, shortenedToken, IP, now.plus(Duration.ofDays(6)))));
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(shortened, PASSWORD, shortenedToken, IP, now.plus(Duration.ofDays(8)))));
        testUsers.setRememberDeviceDays(0);
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(shortened, PASSWORD, shortenedToken, IP, now.plus(Duration.ofDays(1)))),
                "switched off, no browser skips the code");
    }

    @Test
    @Order(3)
    void whenSwitchedOffOrForAnAdministratorItIsNeitherOfferedNorDone() {
        testUsers.setRememberDeviceDays(0);
        String username = newUser(false);
        Instant now = Instant.now();
        SignInStep due = passwordStep.check(username, PASSWORD, IP, now);
        assertEquals(0, pendingView.codeStepView(SignInSteps.token(due), now).orElseThrow().rememberDeviceDays());
        assertNull(signedIn(codeStep.check(SignInSteps.token(due), code(now), BROWSER, IP, now)).rememberedBrowser());

        testUsers.setRememberDeviceDays(30);
        String admin = newUser(true);
        SignInStep adminDue = passwordStep.check(admin, PASSWORD, IP, now);
        assertEquals(0, pendingView.codeStepView(SignInSteps.token(adminDue), now).orElseThrow().rememberDeviceDays());
        assertNull(signedIn(codeStep.check(SignInSteps.token(adminDue), code(now), BROWSER, IP, now)).rememberedBrowser(),
                "administrators never skip the code step this way");

        String user = newUser(false);
        SignInStep userDue = passwordStep.check(user, PASSWORD, IP, now);
        assertEquals(30, pendingView.codeStepView(SignInSteps.token(userDue), now).orElseThrow().rememberDeviceDays());
        assertNull(signedIn(codeStep.check(SignInSteps.token(userDue), code(now), null, IP, now)).rememberedBrowser(),
                "not ticked, not remembered");
    }

    @Test
    @Order(4)
    void aNewPasswordAResetAndAnAdminEndingTheSessionsForgetEveryBrowser() throws Exception {
        testUsers.setRememberDeviceDays(30);
        Instant now = Instant.now();

        String newPassword = newUser(false);
        String token = remember(newPassword, now).token();
        UserDraft draft = administration.draft(testUsers.idOf(newPassword));
        draft.setPassword(PASSWORD + " new");
        administration.save(draft, ADMIN);
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(newPassword, PASSWORD + " new", token, IP, now)));

        String reset = newUser(false);
        String resetToken = remember(reset, now).token();
        factorAdministration.resetFactors(testUsers.idOf(reset), ADMIN);
        assertEquals("LINK_SENT", SignInSteps.name(passwordStep.check(reset, PASSWORD, resetToken, IP, now)),
                "a new app is due, by emailed link (the user has an address)");

        String ended = newUser(false);
        String endedToken = remember(ended, now).token();
        factorAdministration.endSessions(testUsers.idOf(ended), ADMIN);
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(ended, PASSWORD, endedToken, IP, now)));
    }

    @Test
    @Order(5)
    void theUserForgetsABrowserOnlyWithThePasswordConfirmedInTheLastFiveMinutes() {
        testUsers.setRememberDeviceDays(30);
        String username = newUser(false);
        Instant now = Instant.now();
        String token = remember(username, now).token();
        long id = overviews.of(username, now).orElseThrow().browsers().get(0).id();

        assertEquals(AccountChange.PASSWORD_NEEDED, browsers.forget(username, id, null, IP, now));
        assertEquals(AccountChange.PASSWORD_NEEDED, browsers.forget(username, id, now.minus(Duration.ofMinutes(5)), IP, now));
        assertEquals(AccountChange.PASSWORD_NEEDED, browsers.forgetAll(username, now.minus(Duration.ofMinutes(6)), IP, now));
        assertEquals("SIGNED_IN", SignInSteps.name(passwordStep.check(username, PASSWORD, token, IP, now)), "still remembered");

        String other = newUser(false);
        assertEquals(AccountChange.NOT_FOUND, browsers.forget(other, id, now, IP, now), "not another user's browser");

        assertEquals(AccountChange.DONE, browsers.forget(username, id, now.minus(Duration.ofMinutes(4)), IP, now));
        assertEquals("Browsers forgotten for your account", messages.latestTo(email(username)).getSubject());
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(username, PASSWORD, token, IP, now)));
        assertEquals(AccountChange.NOT_FOUND, browsers.forgetAll(username, now, IP, now));
    }

    @Test
    @Order(6)
    @RunAsClient
    void inTheBrowserATickedBoxSkipsTheCodeUntilTheBrowserIsForgotten() throws Exception {
        Fixtures.prepare(ARCHIVE, RememberedForThirtyDays.class);
        RememberedBrowserBrowsing.rememberThenForget(BROWSING_USER, PASSWORD, SEED);
    }

    @Test
    @Order(6)
    @RunAsClient
    void inChromiumARememberedBrowserIsNotAskedAgainUntilItIsForgotten() throws Exception {
        Fixtures.prepare(ARCHIVE, RememberedForThirtyDays.class);
        RememberedBrowserBrowsing.rememberThenForgetInChromium(CHROMIUM_USER, PASSWORD, SEED);
    }

    /** The users the browsers sign in as, each with an app. */
    @Dependent
    static class BrowsingUsers implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            if (!testUsers.exists(BROWSING_USER)) {
                testUsers.createWithApp(BROWSING_USER, PASSWORD, BROWSING_USER + "@example.test", SEED, false);
                testUsers.createWithApp(CHROMIUM_USER, PASSWORD, CHROMIUM_USER + "@example.test", SEED, false);
            }
        }
    }

    /** The setting this class's tests sign in under; each test in the server sets its own. */
    @Dependent
    static class RememberedForThirtyDays implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            testUsers.setRememberDeviceDays(30);
        }
    }

    /** The setting as every other test class expects it: browsers are not remembered. */
    @Dependent
    static class SwitchedOff implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            testUsers.setRememberDeviceDays(0);
        }
    }

    @BeforeAll
    static void usersForTheBrowsers() throws Exception {
        Fixtures.prepare(ARCHIVE, BrowsingUsers.class);
    }

    @AfterAll
    static void switchedOffAgainForTheOtherTests() throws Exception {
        Fixtures.prepare(ARCHIVE, SwitchedOff.class);
    }

    /** Signs in with the app, ticking "remember this device". */
    private SignInStep.RememberedBrowser remember(String username, Instant now) {
        SignInStep due = passwordStep.check(username, PASSWORD, IP, now);
        SignInStep.SignedIn signedIn = signedIn(codeStep.check(SignInSteps.token(due), code(now), BROWSER, IP, now));
        assertNotNull(signedIn.rememberedBrowser(), "remembered");
        return signedIn.rememberedBrowser();
    }

    private static SignInStep.SignedIn signedIn(SignInStep step) {
        assertTrue(step instanceof SignInStep.SignedIn, SignInSteps.name(step));
        return (SignInStep.SignedIn) step;
    }

    private String newUser(boolean admin) {
        String username = "device-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithApp(username, PASSWORD, email(username), SEED, admin);
        return username;
    }

    private static String email(String username) {
        return username + "@example.test";
    }

    private static String code(Instant at) {
        return Totp.generate(Base32.decode(SEED), at.getEpochSecond(), TotpParameters.DEFAULT);
    }
}
