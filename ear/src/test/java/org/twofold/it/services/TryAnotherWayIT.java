package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
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
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.it.Mailbox;
import org.twofold.it.SentCodes;
import org.twofold.it.TryAnotherWayBrowsing;
import org.twofold.service.signin.AnotherWayStep;
import org.twofold.service.signin.CodeStep;
import org.twofold.service.signin.PasswordStep;
import org.twofold.service.signin.PendingSignInView;

/** "Try another way" at the code step: another of the user's methods, a sent code for email or SMS. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TryAnotherWayIT {

    private static final String PASSWORD = "a long test password 321";
    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String IP = "198.51.100.111";
    private static final String BROWSING_USER = "another-way-e2e";
    private static final String CHROMIUM_USER = "another-way-chromium-e2e";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-another-way-it", TestUsers.class, TestMessages.class, SentCodes.class, Mailbox.class);
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
    private AnotherWayStep anotherWay;

    @Test
    @Order(1)
    void anAppUserAsksForAnEmailedCodeAndSignsInWithIt() {
        String username = appUserWithEmail();
        Instant now = Instant.now();
        String token = SignInSteps.token(passwordStep.check(username, PASSWORD, IP, now));
        assertEquals(List.of(TwoFactorMethod.EMAIL), pendingView.codeStepView(token, now).orElseThrow().otherMethods(),
                "no phone, so no SMS");
        assertEquals("TRY_AGAIN NOT_OFFERED", SignInSteps.name(anotherWay.switchTo(token, TwoFactorMethod.SMS, IP, now)));

        assertEquals("SWITCHED", SignInSteps.name(anotherWay.switchTo(token, TwoFactorMethod.EMAIL, IP, now)));
        String emailed = codeSentTo(email(username));
        assertEquals(List.of(TwoFactorMethod.TOTP), pendingView.codeStepView(token, now).orElseThrow().otherMethods(),
                "and back to the app");
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(token, emailed, IP, now)));
    }

    @Test
    @Order(2)
    void anEmailUserGoesBackToTheAppAndTheEmailedCodeNoLongerCounts() {
        String username = appUserWithEmail();
        Instant now = Instant.now();
        String token = SignInSteps.token(passwordStep.check(username, PASSWORD, IP, now));
        assertEquals("SWITCHED", SignInSteps.name(anotherWay.switchTo(token, TwoFactorMethod.EMAIL, IP, now)));
        String emailed = codeSentTo(email(username));
        assertEquals("SWITCHED", SignInSteps.name(anotherWay.switchTo(token, TwoFactorMethod.TOTP, IP, now)));
        assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(codeStep.check(token, emailed, IP, now)),
                "the sign-in now waits for the app's code");
        String appCode = Totp.generate(Base32.decode(SEED), now.getEpochSecond(), TotpParameters.DEFAULT);
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(token, appCode, IP, now)));
        assertEquals("REFUSED EXPIRED", SignInSteps.name(anotherWay.switchTo(token, TwoFactorMethod.EMAIL, IP, now)), "the sign-in is over");
    }

    @Test
    @Order(3)
    void anAddressNotConfirmedIsNotOfferedAsAnotherWay() {
        String username = "another-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithSentCodes(username, PASSWORD, TwoFactorMethod.TOTP, email(username), null);
        testUsers.addApp(username, SEED);
        Instant now = Instant.now();
        String token = SignInSteps.token(passwordStep.check(username, PASSWORD, IP, now));
        assertTrue(pendingView.codeStepView(token, now).orElseThrow().otherMethods().isEmpty(),
                "an address an admin typed gets no code until it is confirmed");
        assertEquals("TRY_AGAIN NOT_OFFERED", SignInSteps.name(anotherWay.switchTo(token, TwoFactorMethod.EMAIL, IP, now)));
    }

    @Test
    @Order(3)
    void aSignInSettingUpItsFirstAppHasNoOtherWay() {
        String username = "another-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithSentCodes(username, PASSWORD, TwoFactorMethod.TOTP, email(username), null);
        Instant now = Instant.now();
        String token = SignInSteps.token(passwordStep.check(username, PASSWORD, IP, now));
        assertTrue(pendingView.codeStepView(token, now).orElseThrow().otherMethods().isEmpty());
        assertEquals("TRY_AGAIN NOT_OFFERED", SignInSteps.name(anotherWay.switchTo(token, TwoFactorMethod.EMAIL, IP, now)),
                "an emailed code is no way around setting up the app");
    }

    @Test
    @Order(4)
    void aUserForTheBrowser() {
        testUsers.createWithSentCodes(BROWSING_USER, PASSWORD, TwoFactorMethod.TOTP, email(BROWSING_USER), null);
        testUsers.addApp(BROWSING_USER, SEED);
        testUsers.confirmContacts(BROWSING_USER);
        testUsers.createWithSentCodes(CHROMIUM_USER, PASSWORD, TwoFactorMethod.EMAIL, email(CHROMIUM_USER), null);
        testUsers.addApp(CHROMIUM_USER, SEED);
        testUsers.confirmContacts(CHROMIUM_USER);
    }

    @Test
    @Order(5)
    @RunAsClient
    void inTheBrowserTheUserChoosesAnEmailedCodeInsteadOfTheApp() throws Exception {
        TryAnotherWayBrowsing.emailInsteadOfTheApp(BROWSING_USER, PASSWORD, email(BROWSING_USER));
    }

    @Test
    @Order(6)
    @RunAsClient
    void inChromiumAnEmailUserSignsInWithTheAppInstead() throws Exception {
        TryAnotherWayBrowsing.appInsteadOfEmailInChromium(CHROMIUM_USER, PASSWORD, SEED);
    }

    private String appUserWithEmail() {
        String username = "another-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithSentCodes(username, PASSWORD, TwoFactorMethod.TOTP, email(username), null);
        testUsers.addApp(username, SEED);
        testUsers.confirmContacts(username);
        return username;
    }

    private static String email(String username) {
        return username + "@example.test";
    }

    /** The code in the newest message to {@code address}, as delivered to its mailbox. */
    private String codeSentTo(String address) {
        return SentCodes.codeIn(Mailbox.textOf(address, messages.latestTo(address).getId()));
    }
}
