package org.twofold.it.services;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.twofold.it.ConsoleBrowsing;

/**
 * The admin console in a real browser (headless chromium): an administrator with an
 * authenticator app signs in, changes a setting, creates an email-code user whose next
 * sign-in asks for an emailed code, grants a grace period, flags a role, resets a factor,
 * ends sessions, retries a failed message, sets up the SMS gateway and exports the audit
 * log. The users are created inside the server first.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final String ARCHIVE = "twofold-console";
    private static final String PASSWORD = "a long console password 456";
    // Fixed, not random: the server-side steps and the browser-side steps run in different JVMs.
    private static final String RUN = "c1";
    private static final String ADMIN = "console-admin-" + RUN;
    private static final String PLAIN = "console-plain-" + RUN;
    private static final String GINA = "console-gina-" + RUN;
    private static final String GINA_EMAIL = "gina-" + RUN + "@example.test";
    private static final String LOCKED = "console-locked-" + RUN;
    private static final String PAT = "console-pat-" + RUN;
    // Fixed secrets, so both the server-side fixture and the browser side know them.
    private static final String ADMIN_SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String PLAIN_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String GINA_SEED = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }


    /** An administrator, users with and without apps and factors, and one locked for good. */
    @Dependent
    static class ConsoleUsers implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            if (testUsers.exists(ADMIN)) {
                return;
            }
            testUsers.createWithApp(ADMIN, PASSWORD, "admin-" + RUN + "@example.test", ADMIN_SEED, true);
            testUsers.createWithApp(PLAIN, PASSWORD, null, PLAIN_SEED, false);
            testUsers.createWithApp(GINA, PASSWORD, GINA_EMAIL, GINA_SEED, false);
            testUsers.createWithEmail(LOCKED, PASSWORD, LOCKED + "@example.test");
            testUsers.createWithApp(PAT, PASSWORD, "pat-" + RUN + "@example.test", GINA_SEED, false);
            testUsers.confirmContacts(PAT);
            testUsers.addPasskey(PAT, "Blue key");
            testUsers.lockForGood(LOCKED);
        }
    }

    @BeforeAll
    static void anAdministratorAUserAndAUserWithAnApp() throws Exception {
        Fixtures.prepare(ARCHIVE, ConsoleUsers.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void theConsoleIsForAdministratorsWhoHaveDoneBothSteps() throws Exception {
        ConsoleBrowsing.consoleIsForAdminsWithBothSteps(ADMIN, PLAIN, PLAIN_SEED, PASSWORD);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAdminSignsInWithTheAppAndSeesTheDashboard() throws Exception {
        Path downloads = Files.createTempDirectory("twofold-downloads");
        ConsoleBrowsing.adminOpensTheDashboard(ADMIN, ADMIN_SEED, PASSWORD, downloads);
    }

    @Test
    @Order(3)
    @RunAsClient
    void aSettingIsValidatedThenSaved() {
        ConsoleBrowsing.adminAllowsEmailCodes();
    }

    @Test
    @Order(4)
    @RunAsClient
    void aUserSwitchedToEmailCodesIsAskedForOneAtTheNextSignIn() throws Exception {
        ConsoleBrowsing.adminCreatesAnEmailCodeUser("erin-" + RUN, PASSWORD, "erin-" + RUN + "@example.test");
    }

    @Test
    @Order(5)
    @RunAsClient
    void aGracePeriodLetsANewUserSetUpTheAppLater() {
        ConsoleBrowsing.adminGrantsAGracePeriod("ivan-" + RUN, PASSWORD);
    }

    @Test
    @Order(6)
    @RunAsClient
    void aRoleIsCreatedAndFlagged() {
        ConsoleBrowsing.adminCreatesAndFlagsARole("Contractors " + RUN);
    }

    @Test
    @Order(7)
    @RunAsClient
    void aResetFactorMustBeSetUpAgainAndEndedSessionsAreOver() throws Exception {
        ConsoleBrowsing.adminResetsAFactorAndEndsSessions(GINA, GINA_SEED, PASSWORD, GINA_EMAIL);
    }

    @Test
    @Order(7)
    @RunAsClient
    void anAdministratorRemovesOneFactorOfAUser() throws Exception {
        ConsoleBrowsing.adminRemovesOneFactor(PAT, "pat-" + RUN + "@example.test");
    }

    @Test
    @Order(7)
    @RunAsClient
    void anAdministratorMakesAndRevokesAUsersApiKey() throws Exception {
        ConsoleBrowsing.adminMakesAndRevokesAUsersApiKey(PAT);
    }

    @Test
    @Order(8)
    @RunAsClient
    void aFailedMessageIsSentAgainFromTheQueue() throws Exception {
        ConsoleBrowsing.adminRetriesAFailedMessage("retry-" + RUN + "@example.test");
    }

    @Test
    @Order(9)
    @RunAsClient
    void theSmsGatewayIsSetUpAndTested() throws Exception {
        ConsoleBrowsing.adminSetsUpTheSmsGatewayAndSendsATestSms("+4915100000042");
    }

    @Test
    @Order(10)
    @RunAsClient
    void theAuditLogIsFilteredAndExported() throws Exception {
        ConsoleBrowsing.adminReadsAndExportsTheAuditLog(ADMIN);
    }

    @Test
    @Order(11)
    @RunAsClient
    void theRetentionPeriodsAreValidatedThenSaved() {
        ConsoleBrowsing.adminKeepsTheAuditLogLonger();
    }

    @Test
    @Order(12)
    @RunAsClient
    void theDashboardListsAnAccountLockedForGood() {
        ConsoleBrowsing.adminSeesTheLockedAccount(LOCKED);
    }

    @Test
    @Order(13)
    @RunAsClient
    void anApplicationIsRegisteredWithItsSecretShownOnceAndTheSigningKeyRotated() throws Exception {
        ConsoleBrowsing.adminRegistersAnApplicationAndRotatesTheKey("console-" + RUN);
    }

    @Test
    @Order(14)
    @RunAsClient
    void theAdminOpensTheirSecurityPageFromTheConsolesHeader() {
        ConsoleBrowsing.adminOpensTheSecurityPage(PASSWORD);
    }

    @Test
    @Order(14)
    @RunAsClient
    void anAdministratorDeletesAUserWhoseTrailStays() {
        ConsoleBrowsing.adminDeletesAUser(PLAIN, PASSWORD);
    }

    @Test
    @Order(15)
    @RunAsClient
    void theAdminSignsOutFromTheConsole() {
        ConsoleBrowsing.adminSignsOut();
    }

    @AfterAll
    static void closeTheBrowser() {
        ConsoleBrowsing.closeBrowser();
    }
}
