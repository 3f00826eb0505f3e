package org.twofold.it.services;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.sms.SmsStaticParameter;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.it.SentCodeBrowsing;
import org.twofold.service.audit.Actor;
import org.twofold.service.sms.SmsSettingsService;

/**
 * Signing in with a code texted through a configured HTTP SMS gateway: the loopback
 * gateway of the test run ({@code TestSmsGateway}) receives the form post. The settings
 * go back to "no gateway" at the end, for the tests that read the local outbox.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmsGatewaySignInIT {

    private static final String ARCHIVE = "twofold-sms-gateway-e2e";
    private static final String PASSWORD = "a long test password 321";
    private static final String USER = "gateway-e2e";
    private static final String PHONE = "+491700000002";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }


    private static final Actor TEST_ADMIN = new Actor("sms-test-admin", "127.0.0.1");

    @Inject
    private SmsSettingsService smsSettings;

    /** An SMS user, and the HTTP gateway on loopback in the SMS settings. */
    @Dependent
    static class SmsUserAndGateway implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Inject
        private SmsSettingsService smsSettings;

        @Override
        public void prepare() throws Exception {
            if (testUsers.exists(USER)) {
                return;
            }
            testUsers.createWithSentCodes(USER, PASSWORD, TwoFactorMethod.SMS, "gateway-e2e@example.test", PHONE);
            smsSettings.save("http://127.0.0.1:" + Integer.getInteger("twofold.test.sms.port", 9099) + "/sms",
                    "text", "to", true, "Your code: {{otp}}",
                    List.of(new SmsStaticParameter("from", "Twofold", false),
                            new SmsStaticParameter("X-Api-Key", "test-key", true)), TEST_ADMIN);
        }
    }

    @BeforeAll
    static void anSmsUserAndAGatewayOnLoopback() throws Exception {
        Fixtures.prepare(ARCHIVE, SmsUserAndGateway.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void aCodeTextedThroughTheGatewaySignsIn() throws Exception {
        SentCodeBrowsing.signInWithGatewayCode(USER, PASSWORD, PHONE);
    }

    @Test
    @Order(2)
    void theGatewayIsRemovedAgain() throws Exception {
        smsSettings.save("", "message", "to", true, "{{otp}} is your sign-in code.", List.of(), TEST_ADMIN);
    }
}
