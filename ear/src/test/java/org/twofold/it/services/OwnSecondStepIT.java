package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
import org.twofold.it.OwnSecondStepBrowsing;
import org.twofold.service.account.AccountChange;
import org.twofold.service.account.AccountOverview;
import org.twofold.service.account.AccountOverviews;
import org.twofold.service.account.OwnApps;
import org.twofold.service.account.OwnSecondStep;
import org.twofold.service.signin.PasswordStep;

/**
 * A user whom no role asks for a second step switches one on for themselves, and off again;
 * while it is on their last factor stays. A user whose roles require it cannot switch it off.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnSecondStepIT {

    private static final String PASSWORD = "a long test password 321";
    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String IP = "198.51.100.130";
    private static final String BROWSING_USER = "own-step-e2e";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-own-second-step-it", TestUsers.class);
    }

    @Inject
    private TestUsers testUsers;

    @Inject
    private PasswordStep passwordStep;

    @Inject
    private AccountOverviews overviews;

    @Inject
    private OwnSecondStep secondStep;

    @Inject
    private OwnApps apps;

    @Test
    @Order(1)
    void aUserNoRoleAsksSwitchesTheSecondStepOnAndOff() {
        String username = websiteUserWithApp("own-step-" + UUID.randomUUID().toString().substring(0, 8));
        Instant now = Instant.now();
        assertEquals(AccountOverview.SecondStep.NOT_ASKED, overviews.of(username, now).orElseThrow().secondStep());
        assertEquals("SIGNED_IN", SignInSteps.name(passwordStep.check(username, PASSWORD, IP, now)), "the password alone");

        assertEquals(AccountChange.PASSWORD_NEEDED,
                secondStep.choose(username, true, now.minus(Duration.ofMinutes(6)), IP, now));
        assertEquals(AccountChange.DONE, secondStep.choose(username, true, now, IP, now));
        assertEquals(AccountOverview.SecondStep.CHOSEN, overviews.of(username, now).orElseThrow().secondStep());
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(username, PASSWORD, IP, now)));
        long app = overviews.of(username, now).orElseThrow().apps().get(0).id();
        assertEquals(AccountChange.LAST_FACTOR, apps.remove(username, app, now, IP, now), "it needs a factor");

        assertEquals(AccountChange.DONE, secondStep.choose(username, false, now, IP, now));
        assertEquals("SIGNED_IN", SignInSteps.name(passwordStep.check(username, PASSWORD, IP, now)));
        assertEquals(AccountChange.DONE, apps.remove(username, app, now, IP, now), "no second step, no factor needed");
        assertEquals(AccountChange.NO_FACTOR_YET, secondStep.choose(username, true, now, IP, now));
    }

    @Test
    @Order(2)
    void aUserWhoseRolesRequireItCannotSwitchItOff() {
        String username = "own-step-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithApp(username, PASSWORD, null, SEED, false);
        Instant now = Instant.now();
        assertEquals(AccountOverview.SecondStep.REQUIRED, overviews.of(username, now).orElseThrow().secondStep());
        assertEquals(AccountChange.REQUIRED, secondStep.choose(username, false, now, IP, now));
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(username, PASSWORD, IP, now)));
    }

    @Test
    @Order(3)
    void aUserForTheBrowser() {
        websiteUserWithApp(BROWSING_USER);
    }

    @Test
    @Order(4)
    @RunAsClient
    void inChromiumTheUserSwitchesTheSecondStepOnAndIsAskedForACode() throws Exception {
        OwnSecondStepBrowsing.switchOnThenAskedForACode(BROWSING_USER, PASSWORD);
    }

    private String websiteUserWithApp(String username) {
        testUsers.createWithApp(username, PASSWORD, null, SEED, false);
        testUsers.makeWebsiteUser(username);
        return username;
    }
}
