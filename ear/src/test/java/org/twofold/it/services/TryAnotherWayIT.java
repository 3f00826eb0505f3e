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
import org.twofold.domain.settings.TwoFactorMethod;
import org.twofold.it.SentCodes;
import org.twofold.it.TryAnotherWayBrowsing;
import org.twofold.service.signin.MethodSwitch;
import org.twofold.service.signin.SignInService;

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
        return ServiceArchive.create("twofold-another-way-it", TestUsers.class, TestMessages.class, SentCodes.class);
    }

    @Inject
    private TestUsers testUsers;

    @Inject
    private TestMessages messages;

    @Inject
    private SignInService signIn;

    @Test
    @Order(1)
    void anAppUserAsksForAnEmailedCodeAndSignsInWithIt() {
        String username = appUserWithEmail();
        Instant now = Instant.now();
        String token = SignInSteps.token(signIn.passwordStep(username, PASSWORD, IP, now));
        assertEquals(List.of(TwoFactorMethod.EMAIL), signIn.codeStepView(token, now).orElseThrow().otherMethods(),
                "no phone, so no SMS");
        assertEquals(MethodSwitch.NOT_OFFERED, signIn.switchMethod(token, TwoFactorMethod.SMS, IP, now));

        assertEquals(MethodSwitch.SWITCHED, signIn.switchMethod(token, TwoFactorMethod.EMAIL, IP, now));
        String emailed = SentCodes.codeIn(messages.latestTo(email(username)).getBody());
        assertEquals(List.of(TwoFactorMethod.TOTP), signIn.codeStepView(token, now).orElseThrow().otherMethods(),
                "and back to the app");
        assertEquals("SIGNED_IN", SignInSteps.name(signIn.checkCode(token, emailed, IP, now)));
    }

    @Test
    @Order(2)
    void anEmailUserGoesBackToTheAppAndTheEmailedCodeNoLongerCounts() {
        String username = appUserWithEmail();
        Instant now = Instant.now();
        String token = SignInSteps.token(signIn.passwordStep(username, PASSWORD, IP, now));
        assertEquals(MethodSwitch.SWITCHED, signIn.switchMethod(token, TwoFactorMethod.EMAIL, IP, now));
        String emailed = SentCodes.codeIn(messages.latestTo(email(username)).getBody());
        assertEquals(MethodSwitch.SWITCHED, signIn.switchMethod(token, TwoFactorMethod.TOTP, IP, now));
        assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(signIn.checkCode(token, emailed, IP, now)),
                "the sign-in now waits for the app's code");
        String appCode = Totp.generate(Base32.decode(SEED), now.getEpochSecond(), TotpParameters.DEFAULT);
        assertEquals("SIGNED_IN", SignInSteps.name(signIn.checkCode(token, appCode, IP, now)));
        assertEquals(MethodSwitch.EXPIRED, signIn.switchMethod(token, TwoFactorMethod.EMAIL, IP, now), "the sign-in is over");
    }

    @Test
    @Order(3)
    void anAddressNotConfirmedIsNotOfferedAsAnotherWay() {
        String username = "another-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithSentCodes(username, PASSWORD, TwoFactorMethod.TOTP, email(username), null);
        testUsers.addApp(username, SEED);
        Instant now = Instant.now();
        String token = SignInSteps.token(signIn.passwordStep(username, PASSWORD, IP, now));
        assertTrue(signIn.codeStepView(token, now).orElseThrow().otherMethods().isEmpty(),
                "an address an admin typed gets no code until it is confirmed");
        assertEquals(MethodSwitch.NOT_OFFERED, signIn.switchMethod(token, TwoFactorMethod.EMAIL, IP, now));
    }

    @Test
    @Order(3)
    void aSignInSettingUpItsFirstAppHasNoOtherWay() {
        String username = "another-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithSentCodes(username, PASSWORD, TwoFactorMethod.TOTP, email(username), null);
        Instant now = Instant.now();
        String token = SignInSteps.token(signIn.passwordStep(username, PASSWORD, IP, now));
        assertTrue(signIn.codeStepView(token, now).orElseThrow().otherMethods().isEmpty());
        assertEquals(MethodSwitch.NOT_OFFERED, signIn.switchMethod(token, TwoFactorMethod.EMAIL, IP, now),
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
}
