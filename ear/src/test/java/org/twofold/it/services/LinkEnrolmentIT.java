package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.it.LinkEnrolmentBrowsing;
import org.twofold.service.factor.EnrolmentLinkService;
import org.twofold.service.factor.LinkOpening;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.user.UserDirectory;

/**
 * First sign-in of a user with an email address while SMTP is configured (the test server
 * mails to GreenMail): the authenticator app is set up through an emailed link.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinkEnrolmentIT {

    private static final String ARCHIVE = "twofold-link-e2e";
    private static final String PASSWORD = "a long test password 654";
    private static final String USER = "link-e2e";
    private static final String ADDRESS = "link-e2e@example.test";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }

    @Inject
    private TestUsers testUsers;

    @Inject
    private EnrolmentLinkService links;

    @Inject
    private TotpFactorService totpFactors;

    @Inject
    private UserDirectory users;

    /** A user with an email address and no app yet. */
    @Dependent
    static class UserWithEmailAndNoApp implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            if (testUsers.exists(USER)) {
                return;
            }
            testUsers.createWithEmail(USER, PASSWORD, ADDRESS);
        }
    }

    @BeforeAll
    static void aUserWithAnEmailAddressAndNoApp() throws Exception {
        Fixtures.prepare(ARCHIVE, UserWithEmailAndNoApp.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void enrolsThroughTheEmailedLinkAndTheLinkOpensOnce() throws Exception {
        String link = LinkEnrolmentBrowsing.enrolByEmailedLink(USER, PASSWORD, ADDRESS);
        String again = LinkEnrolmentBrowsing.openAgain(link);
        assertTrue(again.contains("already used"), again);
        assertTrue(LinkEnrolmentBrowsing.openAgain(link.replaceAll("t=.*", "t=forged")).contains("not valid"));
    }

    @Test
    @Order(2)
    void aLinkExpiresAfterTheQrLinkLifetimeAndOpensOnlyOnce() {
        testUsers.createWithEmail(USER + "-2", PASSWORD, "link-e2e-2@example.test");
        Instant now = Instant.now();
        TotpFactor factor = totpFactors.startEnrolment(users.find(USER + "-2").orElseThrow(), TotpParameters.DEFAULT, now);
        String token = links.create(factor.getId(), now, 10);
        assertEquals(LinkOpening.Result.EXPIRED, links.open(token, now.plus(Duration.ofMinutes(10))).result());
        assertEquals(LinkOpening.Result.OPENED, links.open(token, now.plus(Duration.ofMinutes(9))).result());
        assertEquals(LinkOpening.Result.USED, links.open(token, now.plus(Duration.ofMinutes(9))).result());
        assertEquals(LinkOpening.Result.UNKNOWN, links.open(Tokens.newToken(), now).result());
        assertEquals(LinkOpening.Result.UNKNOWN, links.open("x".repeat(10_000), now).result());
    }
}
