package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.it.ApiCalls;
import org.twofold.it.ApiCalls.Run;
import org.twofold.it.CliBrowsing;
import org.twofold.it.SentCodeBrowsing;

/**
 * Signing in with a code sent by email (to GreenMail, the test run's SMTP server) or by SMS
 * (to the local outbox folder), over HTTP as a browser does. The users are created inside
 * the server first; the {@link RunAsClient} steps run in the test JVM ({@link SentCodeBrowsing}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SentCodeSignInIT {

    private static final String ARCHIVE = "twofold-sent-code-e2e";
    private static final String PASSWORD = "a long test password 789";
    private static final String MAIL_USER = "mail-e2e";
    private static final String MAIL_ADDRESS = "mail-e2e@example.test";
    private static final String SMS_USER = "sms-e2e";
    private static final String PHONE = "+491700000001";
    private static final String SHELL_USER = "mail-shell";
    private static final String SHELL_ADDRESS = "mail-shell@example.test";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }


    /** Users who get codes by email (one of them signs in at the command line), and one who gets them by SMS. */
    @Dependent
    static class UsersWithSentCodes implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            if (testUsers.exists(MAIL_USER)) {
                return;
            }
            testUsers.createWithSentCodes(MAIL_USER, PASSWORD, TwoFactorMethod.EMAIL, MAIL_ADDRESS, null);
            testUsers.createWithSentCodes(SMS_USER, PASSWORD, TwoFactorMethod.SMS, "sms-e2e@example.test", PHONE);
            testUsers.createWithSentCodes(SHELL_USER, PASSWORD, TwoFactorMethod.EMAIL, SHELL_ADDRESS, null);
        }
    }

    @BeforeAll
    static void usersWhoGetCodesByEmailAndBySms() throws Exception {
        Fixtures.prepare(ARCHIVE, UsersWithSentCodes.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void anEmailedCodeSignsIn() throws Exception {
        SentCodeBrowsing.signInWithEmailedCode(MAIL_USER, PASSWORD, MAIL_ADDRESS, 1, Destinations.maskEmail(MAIL_ADDRESS));
    }

    @Test
    @Order(2)
    @RunAsClient
    void aNewCodeReplacesTheOldOne() throws Exception {
        SentCodeBrowsing.resendReplacesTheOldCode(MAIL_USER, PASSWORD, MAIL_ADDRESS, 2);
    }

    @Test
    @Order(3)
    @RunAsClient
    void aTextedCodeSignsIn() throws Exception {
        SentCodeBrowsing.signInWithTextedCode(SMS_USER, PASSWORD, PHONE, "+49*******001");
    }

    /** {@code twofold login}: the password, then the code from the email that the password sent. */
    @Test
    @Order(4)
    @RunAsClient
    void anEmailedCodeSignsInAtTheCommandLine() throws Exception {
        Path home = Files.createTempDirectory("twofold-home");
        Run login = ApiCalls.twofoldAt(home, CliBrowsing.typingTheEmailedCode(PASSWORD, SHELL_ADDRESS), "login", "--user",
                SHELL_USER);
        assertEquals(0, login.code(), login.err());
        assertTrue(login.out().startsWith("Signed in as " + SHELL_USER + " until "), login.out());
        Run factors = ApiCalls.twofoldAt(home, "", "--json", "user", "factors", SHELL_USER);
        assertEquals(0, factors.code(), "a person's own key reads their own factors: " + factors.err());
        assertTrue(factors.out().contains("\"EMAIL\""), factors.out());
        Run others = ApiCalls.twofoldAt(home, "", "user", "list");
        assertEquals(1, others.code(), "and nothing else");
        assertTrue(others.err().contains("(HTTP 403)"), others.err());
    }
}
