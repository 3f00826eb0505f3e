package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.it.SentCodes;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.signin.AnotherWayStep;
import org.twofold.service.signin.CodeStep;
import org.twofold.service.signin.SecondStepStart;
import org.twofold.service.signin.SignInStep;

/**
 * Codes sent by SMS, inside Liberty. The test server has no SMS gateway, so each SMS is a
 * file in the local outbox folder, where these tests read the code as a phone would.
 */
@ExtendWith(ArquillianExtension.class)
class SentCodeServiceIT {

    private static final String PASSWORD = "a long test password 456";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-sent-code-it", TestUsers.class, SentCodes.class);
    }

    @Inject
    private SecondStepStart secondStepStart;

    @Inject
    private CodeStep codeStep;

    @Inject
    private AnotherWayStep anotherWay;

    @Inject
    private TestUsers testUsers;

    @Inject
    private DeploymentConfig config;

    private String phone;
    private String ip;

    private String smsUser() {
        String username = "sms-" + UUID.randomUUID().toString().substring(0, 8);
        phone = "+4917" + (10_000_000 + (int) (Math.random() * 89_999_999));
        // An address of its own, from the IPv6 documentation prefix that no other test uses: one
        // from 198.51.100.0/24 met SignInThrottleIT's fixed addresses and their failure counts.
        ip = "2001:db8:5c::" + Integer.toHexString(1 + (int) (Math.random() * 0xfffe));
        testUsers.createWithSentCodes(username, PASSWORD, TwoFactorMethod.SMS, username + "@example.test", phone);
        return username;
    }

    private String passwordStep(String username, Instant now) {
        SignInStep step = secondStepStart.afterPassword(username, ip, now);
        assertEquals("CODE_DUE", SignInSteps.name(step));
        return SignInSteps.token(step);
    }

    /** Waits for the n-th SMS to the test phone and returns its code. */
    private String smsCode(int n) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<String> texts = SentCodes.smsTo(config.localOutboxDirectory(), phone);
            if (texts.size() >= n) {
                return SentCodes.codeIn(texts.get(n - 1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("SMS " + n + " to " + phone + " did not arrive within 20 s");
    }

    @Test
    void aTextedCodeSignsInOnceAndOnlyInItsOwnSignIn() throws Exception {
        String username = smsUser();
        Instant now = Instant.now();
        String first = passwordStep(username, now);
        String codeOfFirst = smsCode(1);
        String second = passwordStep(username, now);
        String codeOfSecond = smsCode(2);
        assertNotEquals(codeOfFirst, codeOfSecond);

        assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(codeStep.check(first, codeOfSecond, ip, now)),
                "a code is bound to its own pending sign-in");
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(first, codeOfFirst, ip, now)));
        assertEquals("REFUSED EXPIRED", SignInSteps.name(codeStep.check(first, codeOfFirst, ip, now)), "single use");
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(second, codeOfSecond, ip, now)));
    }

    @Test
    void aResendKillsThePreviousCode() throws Exception {
        String username = smsUser();
        Instant now = Instant.now();
        String token = passwordStep(username, now);
        String old = smsCode(1);
        assertEquals("CODE_RESENT", SignInSteps.name(anotherWay.resend(token, ip, now)));
        String fresh = smsCode(2);
        if (!fresh.equals(old)) {
            assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(codeStep.check(token, old, ip, now)));
        }
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(token, fresh, ip, now)));
    }

    @Test
    void aCodeWorksForTenMinutesAndNoLonger() throws Exception {
        String username = smsUser();
        Instant now = Instant.now();
        String late = passwordStep(username, now);
        String lateCode = smsCode(1);
        String inTime = passwordStep(username, now);
        String inTimeCode = smsCode(2);
        Instant tenMinutesLater = now.plus(Duration.ofMinutes(10));
        assertNotEquals("SIGNED_IN", SignInSteps.name(codeStep.check(late, lateCode, ip, tenMinutesLater)));
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(inTime, inTimeCode, ip, tenMinutesLater.minusSeconds(1))));
    }

    @Test
    void fiveWrongTriesUseUpTheCodeAndCountTowardsTheLockout() throws Exception {
        String username = smsUser();
        Instant now = Instant.now();
        String token = passwordStep(username, now);
        String code = smsCode(1);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertEquals("TRY_AGAIN WRONG_CODE", SignInSteps.name(codeStep.check(token, wrong, ip, now)));
        }
        assertEquals("TRY_AGAIN LAST_TRY_WRONG", SignInSteps.name(codeStep.check(token, wrong, ip, now)),
                "the fifth wrong try says the code no longer works");
        assertEquals("TRY_AGAIN SENT_CODE_USED_UP", SignInSteps.name(codeStep.check(token, code, ip, now)));
        assertEquals(5, testUsers.failedAttempts(username));
    }

    @Test
    void sendingIsRateLimitedPerUser() throws Exception {
        String username = smsUser();
        Instant now = Instant.now();
        String token = passwordStep(username, now); // code 1
        for (int i = 2; i <= 5; i++) {
            assertEquals("CODE_RESENT", SignInSteps.name(anotherWay.resend(token, ip, now)), "code " + i);
        }
        assertEquals("TRY_AGAIN SEND_LIMIT", SignInSteps.name(anotherWay.resend(token, ip, now)));
        smsCode(5);
        Thread.sleep(1000);
        assertEquals(5, SentCodes.smsTo(config.localOutboxDirectory(), phone).size(), "the refused code was not sent");

        passwordStep(username, now.plus(Duration.ofMinutes(16)));
        smsCode(6); // the window has moved on
    }
}
