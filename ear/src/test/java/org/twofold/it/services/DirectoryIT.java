package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
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
import org.twofold.it.ApiCalls.Answer;
import org.twofold.it.ApiCalls.Run;
import org.twofold.it.ApiCalls;
import org.twofold.it.Browser;
import org.twofold.it.DirectoryBrowsing;
import org.twofold.it.TestDirectory;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.role.RoleAdministration;
import org.twofold.service.signin.PasswordStep;
import org.twofold.service.signin.SignInStep;

/**
 * People of the company directory sign in with their company password: an admin connects an
 * Active-Directory-like server in the console, a member of its admin group signs in with the
 * password and an app and reaches the console, a disabled account, an empty password and
 * filter-injection usernames are refused, a directory that is down gives the clear message
 * (and local users still sign in), and an OpenLDAP-like server is set up from the command line.
 * Both servers are real LDAP on loopback ({@link TestDirectory}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryIT {

    private static final String ARCHIVE = "twofold-directory-it";
    private static final String PASSWORD = "a long directory test password 7";
    private static final String ADMIN = "directory-admin";
    private static final String SEED = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    private static final String KEY_ID = "tfdirectory000001";
    private static final String KEY_SECRET = "directory-secret-for-the-directory-test";
    private static final String KEY = KEY_ID + ":" + KEY_SECRET;
    private static final String ADMIN_KEY = "token " + KEY;
    // The test directories' password for everyone (TestDirectory.PASSWORD; not referenced, this half runs in the server).
    private static final String COMPANY_PASSWORD = "company password 2026";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }

    @Inject
    private TestUsers testUsers;


    @Inject
    private PasswordStep passwordStep;

    /** A local administrator with an API key, and a role for the directory's staff. */
    @Dependent
    static class AdministratorAndStaffRole implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Inject
        private RoleAdministration roles;

        @Override
        public void prepare() throws RefusedException {
            if (testUsers.exists(ADMIN)) {
                return;
            }
            testUsers.createWithApp(ADMIN, PASSWORD, null, SEED, true);
            testUsers.addApiKey(ADMIN, KEY_ID, KEY_SECRET);
            roles.create("Directory Staff", false, new Actor(ADMIN, "127.0.0.1"));
        }
    }

    @BeforeAll
    static void aLocalAdministratorAndARoleForStaff() throws Exception {
        Fixtures.prepare(ARCHIVE, AdministratorAndStaffRole.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void anAdminConnectsTheDirectoryInTheConsole() throws Exception {
        DirectoryBrowsing.adminConnectsTheActiveDirectory(ADMIN, SEED, PASSWORD);
    }

    @Test
    @Order(2)
    @RunAsClient
    void aDirectoryAdministratorSignsInWithPasswordAndAppAndGetsARecord() throws Exception {
        DirectoryBrowsing.directoryAdminSignsIn();
        Answer jane = ApiCalls.call("GET", "users/jdoe", ADMIN_KEY, null);
        assertEquals(200, jane.status(), jane.body());
        assertTrue(jane.body().contains("\"fromDirectory\":true"), jane.body());
        assertTrue(jane.body().contains("\"displayName\":\"Jane Doe\""), jane.body());
        assertTrue(jane.body().contains("Administrator") && jane.body().contains("Directory Staff"), jane.body());

        Answer password = ApiCalls.call("PATCH", "users/jdoe", ADMIN_KEY,
                "{\"password\": \"a new password that Twofold cannot set\"}");
        assertEquals(400, password.status(), password.body());
        assertTrue(password.body().contains("kept in the company directory"), password.body());

        Answer deleteMappedRole = ApiCalls.call("DELETE", "roles/Directory%20Staff",
                ADMIN_KEY, null);
        assertEquals(409, deleteMappedRole.status(), deleteMappedRole.body());
        assertTrue(deleteMappedRole.body().contains("remove the mapping on the Directory page first"), deleteMappedRole.body());
    }

    @Test
    @Order(3)
    @RunAsClient
    void disabledAccountsWrongPasswordsAndFilterInjectionAreRefused() throws Exception {
        assertEquals(DirectoryBrowsing.WRONG_CREDENTIALS,
                DirectoryBrowsing.passwordStep("ddisabled", TestDirectory.PASSWORD).messages(), "disabled in the directory");
        assertEquals(DirectoryBrowsing.WRONG_CREDENTIALS,
                DirectoryBrowsing.passwordStep("sstaff", TestDirectory.PASSWORD + "x").messages(), "wrong password");
        // Unescaped, each of these would match exactly Jane's entry, and her password would sign in.
        for (String injected : new String[] {"*)(sAMAccountName=jdoe", "jd*", "*)(uid=*", "jdoe)(|(sAMAccountName=*"}) {
            Browser.Page page = DirectoryBrowsing.passwordStep(injected, TestDirectory.PASSWORD);
            assertEquals("/login.xhtml", page.path(), injected);
            assertEquals(DirectoryBrowsing.WRONG_CREDENTIALS, page.messages(), injected);
        }
        Answer audit = ApiCalls.call("GET", "audit?user=ddisabled", ADMIN_KEY,
                null);
        assertTrue(audit.body().contains("disabled in the directory"), "the admin reads why: " + audit.body());
    }

    /** The login page requires a password, so the service is asked directly: an anonymous bind must not sign anyone in. */
    @Test
    @Order(4)
    void anEmptyPasswordIsRefusedBeforeAnyBind() {
        SignInStep step = passwordStep.check("jdoe", "", "127.0.0.1", Instant.now());
        assertEquals(new SignInStep.Refused(SignInStep.Reason.INVALID_CREDENTIALS), step);
        assertInstanceOf(SignInStep.Due.class, passwordStep.check("jdoe", COMPANY_PASSWORD, "127.0.0.1", Instant.now()),
                "the same account with its password goes on to the second step");
    }

    /** A double click on "Sign in" at a person's very first sign-in: one record, and neither request fails. */
    @Test
    @Order(5)
    void racingFirstSignInsMakeOneRecord() throws InterruptedException {
        Map<String, Integer> outcomes = Parallel.count(4, i -> {
            SignInStep step = passwordStep.check("sstaff", COMPANY_PASSWORD, "127.0.0.1", Instant.now());
            return step instanceof SignInStep.Refused ? step.toString() : "went on";
        });
        assertEquals(Map.of("went on", 4), outcomes);
        assertTrue(testUsers.idOf("sstaff") > 0);
    }

    @Test
    @Order(6)
    @RunAsClient
    void aDirectoryThatIsDownGivesTheClearMessageAndLocalUsersStillSignIn() throws Exception {
        TestDirectory.stopActiveDirectory();
        try {
            Browser.Page page = DirectoryBrowsing.passwordStep("jdoe", TestDirectory.PASSWORD);
            assertEquals("/login.xhtml", page.path());
            assertTrue(page.messages().startsWith(DirectoryBrowsing.NOT_POSSIBLE_NOW), page.messages());
            assertEquals("/code.xhtml", DirectoryBrowsing.passwordStep(ADMIN, PASSWORD).path(), "the local admin is not held up");
        } finally {
            TestDirectory.startActiveDirectory();
        }
        assertEquals("/code.xhtml", DirectoryBrowsing.passwordStep("jdoe", TestDirectory.PASSWORD).path(), "back up");
    }

    /**
     * What the directory says counts at each sign-in: a new name and a group left change the
     * record (the mapped role goes), an account deleted there can no longer sign in, and a
     * directory that hangs is given up on after the read timeout.
     */
    @Test
    @Order(7)
    @RunAsClient
    void eachSignInReadsTheDirectoryAgain() throws Exception {
        String people = "OU=People," + TestDirectory.AD_BASE;
        TestDirectory.modifyInActiveDirectory("dn: CN=Jane Doe," + people + "\nchangetype: modify\nreplace: displayName\n"
                + "displayName: Jane Roe\n-\ndelete: memberOf\nmemberOf: CN=Staff,OU=Groups," + TestDirectory.AD_BASE);
        assertEquals("/code.xhtml", DirectoryBrowsing.passwordStep("jdoe", TestDirectory.PASSWORD).path());
        Answer jane = ApiCalls.call("GET", "users/jdoe", ADMIN_KEY, null);
        assertTrue(jane.body().contains("\"displayName\":\"Jane Roe\""), jane.body());
        assertTrue(jane.body().contains("Administrator") && !jane.body().contains("Directory Staff"), jane.body());

        TestDirectory.deleteFromActiveDirectory("CN=Sam Staff," + people);
        assertEquals(DirectoryBrowsing.WRONG_CREDENTIALS, DirectoryBrowsing.passwordStep("sstaff", TestDirectory.PASSWORD).messages(),
                "deleted in the directory");

        try (java.net.ServerSocket silent = TestDirectory.silentServer()) {
            Answer hanging = ApiCalls.call("PATCH", "directory", ADMIN_KEY,
                    "{\"urls\": [\"ldap://127.0.0.1:" + silent.getLocalPort() + "\"], \"readTimeoutSeconds\": 1}");
            assertEquals(200, hanging.status(), hanging.body());
            long started = System.nanoTime();
            Browser.Page page = DirectoryBrowsing.passwordStep("jdoe", TestDirectory.PASSWORD);
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertTrue(page.messages().startsWith(DirectoryBrowsing.NOT_POSSIBLE_NOW), page.messages());
            assertTrue(seconds < 10, "given up after the read timeout, not hung: " + seconds + " s");
        } finally {
            ApiCalls.call("PATCH", "directory", ADMIN_KEY,
                    "{\"urls\": [\"ldap://127.0.0.1:" + TestDirectory.AD_PORT + "\"], \"readTimeoutSeconds\": 10}");
        }
    }

    /** The encrypted ways a real directory is reached: ldaps://, and ldap:// upgraded with StartTLS, never falling back. */
    @Test
    @Order(8)
    @RunAsClient
    void ldapsAndStartTlsConnectionsFindAndSignInPeople() throws Exception {
        TestDirectory.startActiveDirectoryOverTls(Path.of(System.getProperty("twofold.it.data.dir"), "tls", "self-signed.p12"),
                "twofold-self-signed");
        try {
            Run ldaps = ApiCalls.twofold(KEY, "directory", "set", "--server", "ldaps://localhost:" + TestDirectory.AD_LDAPS_PORT);
            assertEquals(0, ldaps.code(), ldaps.err());
            Run found = ApiCalls.twofold(KEY, "directory", "test", "jdoe");
            assertEquals(0, found.code(), found.out() + found.err());
            assertEquals("/code.xhtml", DirectoryBrowsing.passwordStep("jdoe", TestDirectory.PASSWORD).path(), "signed in over ldaps");

            Run startTls = ApiCalls.twofold(KEY, "directory", "set", "--server", "ldap://localhost:" + TestDirectory.AD_STARTTLS_PORT,
                    "--start-tls", "true");
            assertEquals(0, startTls.code(), startTls.err());
            found = ApiCalls.twofold(KEY, "directory", "test", "jdoe");
            assertEquals(0, found.code(), found.out() + found.err());
            assertEquals("/code.xhtml", DirectoryBrowsing.passwordStep("jdoe", TestDirectory.PASSWORD).path(),
                    "signed in over StartTLS");

            // A server that cannot do StartTLS is not talked to in the clear instead.
            ApiCalls.twofold(KEY, "directory", "set", "--server", "ldap://localhost:" + TestDirectory.AD_PORT);
            Run clear = ApiCalls.twofold(KEY, "directory", "test", "jdoe");
            assertEquals(1, clear.code(), clear.out());
            assertTrue(clear.out().contains("UNREACHABLE"), clear.out());
            assertEquals(1, clear.err().lines().count(), clear.err());
            assertTrue(clear.err().startsWith("twofold: Directory ldap://localhost:") && !clear.err().contains("Exception"), clear.err());
            assertTrue(DirectoryBrowsing.passwordStep("jdoe", TestDirectory.PASSWORD).messages()
                    .startsWith(DirectoryBrowsing.NOT_POSSIBLE_NOW));
        } finally {
            ApiCalls.twofold(KEY, "directory", "set", "--server", "ldap://127.0.0.1:" + TestDirectory.AD_PORT, "--start-tls", "false");
        }
    }

    @Test
    @Order(9)
    @RunAsClient
    void anOpenLdapDirectoryIsSetUpFromTheCommandLine() throws Exception {
        Run set = ApiCalls.twofold(KEY, "directory", "set", "--preset", "openldap", "--server",
                "ldap://127.0.0.1:" + TestDirectory.OPENLDAP_PORT, "--bind-dn", "", "--no-bind-password", "--user-base",
                "ou=people," + TestDirectory.OPENLDAP_BASE, "--group-base", "ou=groups," + TestDirectory.OPENLDAP_BASE,
                "--map", "cn=twofold-admins,ou=groups," + TestDirectory.OPENLDAP_BASE + "=Administrator"); // a DN has '=' too
        assertEquals(0, set.code(), set.err());
        Run show = ApiCalls.twofold(KEY, "directory", "show");
        assertTrue(show.out().lines().anyMatch(line -> line.matches("loginAttribute\\s+uid")), show.out());
        assertTrue(show.out().lines().anyMatch(line -> line.matches("bindPasswordStored\\s+false")), show.out());

        Run test = ApiCalls.twofold(KEY, "directory", "test", "olivia");
        assertEquals(0, test.code(), test.out() + test.err());
        assertTrue(test.out().lines().anyMatch(line -> line.matches("displayName\\s+Olivia Open")), test.out());
        assertTrue(test.out().lines().anyMatch(line -> line.matches("roles\\s+Administrator")), test.out());
        assertTrue(test.out().lines().anyMatch(line -> line.matches("phoneNumbers\\s+\\+442079460001")), test.out());

        Run bad = ApiCalls.twofold(KEY, "directory", "set", "--server", "http://127.0.0.1:1");
        assertEquals(1, bad.code(), bad.out());
        assertTrue(bad.err().contains("Server URLs look like ldap://host:389"), bad.err());

        assertEquals("/code.xhtml", DirectoryBrowsing.passwordStep("olivia", TestDirectory.PASSWORD).path(),
                "Olivia's company password is her first step");
        assertEquals(DirectoryBrowsing.WRONG_CREDENTIALS, DirectoryBrowsing.passwordStep("jdoe", TestDirectory.PASSWORD).messages(),
                "Jane is not in this directory");
    }

    /** Other tests share the server: the directory goes off again. */
    @Test
    @Order(98)
    @RunAsClient
    void theDirectoryIsSwitchedOff() {
        Run off = ApiCalls.twofold(KEY, "directory", "set", "--enabled", "false", "--no-mapping");
        assertEquals(0, off.code(), off.err());
    }
}
