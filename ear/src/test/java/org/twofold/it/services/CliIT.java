package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.twofold.it.ApiCalls.Run;
import org.twofold.it.ApiCalls;
import org.twofold.it.CliBrowsing;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.role.RoleAdministration;

/** The {@code twofold} command against the started server, as IT would script it. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliIT {

    private static final String ARCHIVE = "twofold-cli-it";
    private static final String PASSWORD = "a long test password 321";
    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String ADMIN = "cli-admin";
    private static final String USER = "cli-user";
    private static final String KEY = "tfcliadmin0000001:cli-secret-for-the-command-line-test";
    private static final String ROLE = "CLI Testers";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }



    /** An administrator with an API key, a user and a role. */
    @Dependent
    static class AdministratorUserAndRole implements Fixture {

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
            testUsers.addApiKey(ADMIN, "tfcliadmin0000001", "cli-secret-for-the-command-line-test");
            testUsers.createWithApp(USER, PASSWORD, null, SEED, false);
            roles.create(ROLE, false, new Actor(ADMIN, "127.0.0.1"));
        }
    }

    @BeforeAll
    static void anAdministratorWithAKeyAUserAndARole() throws Exception {
        Fixtures.prepare(ARCHIVE, AdministratorUserAndRole.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void twoFactorSignInSwitchedOffAndOnChangesTheNextSignIn() throws Exception {
        Run off = ApiCalls.twofold(KEY, "enable-two-factor-auth", "false");
        assertEquals(0, off.code(), off.err());
        assertEquals("Two-factor sign-in is off.", off.out().strip());
        assertEquals("/desk.xhtml", CliBrowsing.afterPassword(USER, PASSWORD), "the password alone signs in");

        Run on = ApiCalls.twofold(KEY, "enable-two-factor-auth", "true");
        assertEquals(0, on.code(), on.err());
        assertEquals("/code.xhtml", CliBrowsing.afterPassword(USER, PASSWORD), "the code is asked for again");
    }

    @Test
    @Order(2)
    @RunAsClient
    void aSettingIsSetAndReadBackAndABadOneIsRefused() {
        Run set = ApiCalls.twofold(KEY, "settings", "set", "rememberDeviceDays", "14");
        assertEquals(0, set.code(), set.err());
        assertEquals("rememberDeviceDays = 14", set.out().strip());
        Run get = ApiCalls.twofold(KEY, "settings", "get", "rememberDeviceDays");
        assertTrue(get.out().lines().anyMatch(line -> line.matches("rememberDeviceDays\\s+14")), get.out());
        Run json = ApiCalls.twofold(KEY, "--json", "settings", "get", "rememberDeviceDays");
        assertEquals("{\n  \"rememberDeviceDays\": 14\n}", json.out().strip());
        assertEquals(0, ApiCalls.twofold(KEY, "settings", "set", "rememberDeviceDays", "0").code());

        Run bad = ApiCalls.twofold(KEY, "settings", "set", "lockoutThreshold", "lots");
        assertEquals(1, bad.code());
        assertEquals("twofold: lockoutThreshold: must be a whole number (HTTP 400)", bad.err().strip());
    }

    @Test
    @Order(3)
    @RunAsClient
    void aRoleIsFlaggedAndAUsersFactorsAreReset() {
        Run flag = ApiCalls.twofold(KEY, "role", "two-factor", ROLE, "on");
        assertEquals(0, flag.code(), flag.err());
        Run list = ApiCalls.twofold(KEY, "role", "list");
        assertTrue(list.out().lines().anyMatch(line -> line.matches(ROLE + "\\s+on\\s+no\\s+0")), list.out());

        Run before = ApiCalls.twofold(KEY, "user", "list", "--search", USER);
        assertTrue(before.out().lines().anyMatch(line -> line.startsWith(USER) && line.contains(" yes ")), before.out());
        Run reset = ApiCalls.twofold(KEY, "user", "reset-2fa", USER);
        assertEquals(0, reset.code(), reset.err());
        Run after = ApiCalls.twofold(KEY, "--json", "user", "list", "--search", USER);
        assertTrue(after.out().contains("\"appEnrolled\": false"), after.out());
        Run unknown = ApiCalls.twofold(KEY, "user", "unlock", "no-such-user-here");
        assertEquals(1, unknown.code());
        assertEquals("twofold: No user named 'no-such-user-here'. (HTTP 404)", unknown.err().strip());
    }

    @Test
    @Order(4)
    @RunAsClient
    void aWrongKeyExitsWithOneAndAUsageErrorWithTwo() {
        Run wrong = ApiCalls.twofold("tfcliadmin0000001:not-the-secret", "role", "list");
        assertEquals(1, wrong.code());
        assertEquals(1, wrong.err().lines().count(), wrong.err());
        assertTrue(wrong.err().startsWith("twofold: That API key is not valid"), wrong.err());
        assertTrue(wrong.out().isEmpty(), wrong.out());

        Run usage = ApiCalls.twofold(KEY, "role", "two-factor", ROLE);
        assertEquals(2, usage.code());
        assertEquals(1, usage.err().lines().count(), usage.err());
        assertTrue(usage.err().startsWith("twofold: Missing required parameter"), usage.err());
    }

    @Test
    @Order(5)
    @RunAsClient
    void rolesAreCreatedRenamedAndDeleted() {
        assertEquals(0, ApiCalls.twofold(KEY, "role", "create", "CLI Temps", "--two-factor").code());
        Run list = ApiCalls.twofold(KEY, "role", "list");
        assertTrue(list.out().lines().anyMatch(line -> line.matches("CLI Temps\\s+on\\s+no\\s+0")), list.out());
        Run renamed = ApiCalls.twofold(KEY, "role", "rename", "CLI Temps", "CLI Seasonal");
        assertEquals("Role CLI Temps is now CLI Seasonal.", renamed.out().strip(), renamed.err());
        Run builtIn = ApiCalls.twofold(KEY, "role", "delete", "Administrator");
        assertEquals(1, builtIn.code());
        assertEquals("twofold: Built-in roles cannot be renamed or deleted. (HTTP 409)", builtIn.err().strip());
        assertEquals(0, ApiCalls.twofold(KEY, "role", "delete", "CLI Seasonal").code());
        assertTrue(ApiCalls.twofold(KEY, "role", "list").out().lines().noneMatch(line -> line.startsWith("CLI Seasonal")));
    }

    @Test
    @Order(6)
    @RunAsClient
    void aUserIsAddedWithAPasswordFromAFileAndSignsIn() throws Exception {
        Path file = Files.createTempFile("twofold-password", ".txt");
        try {
            Files.writeString(file, PASSWORD + "\n");
            Run add = ApiCalls.twofold(KEY, "user", "add", "cli-added", "--name", "Added Person", "--role", ROLE,
                    "--password-file", file.toString());
            assertEquals(0, add.code(), add.err());
            assertEquals("User cli-added is created.", add.out().strip());
            assertEquals("/enrol.xhtml", CliBrowsing.afterPassword("cli-added", PASSWORD),
                    "the role asks for a second factor: the new user sets up an app");
            Run again = ApiCalls.twofold(KEY, "user", "add", "cli-added", "--name", "Added Person", "--password-file",
                    file.toString());
            assertEquals(1, again.code());
            assertEquals("twofold: This username is taken. (HTTP 409)", again.err().strip());
        } finally {
            Files.delete(file);
        }
        Run disabled = ApiCalls.twofold(KEY, "user", "disable", "cli-added");
        assertEquals("cli-added is disabled.", disabled.out().strip(), disabled.err());
        assertEquals("/login.xhtml", CliBrowsing.afterPassword("cli-added", PASSWORD));
        assertEquals(0, ApiCalls.twofold(KEY, "user", "enable", "cli-added").code());
        Run noPassword = ApiCalls.twofold(KEY, "user", "add", "cli-other", "--name", "Other");
        assertEquals(2, noPassword.code(), "no terminal to ask: " + noPassword.err());
    }

    @Test
    @Order(7)
    @RunAsClient
    void aKeyIsMadeListedAndRevokedFromTheShell() {
        Run made = ApiCalls.twofold(KEY, "apikey", "create", "--label", "deploy job");
        assertEquals(0, made.code(), made.err());
        String token = made.out().strip();
        assertTrue(token.matches("[A-Za-z0-9]+:[A-Za-z0-9_-]+"), token);
        String keyId = token.substring(0, token.indexOf(':'));
        Run list = ApiCalls.twofold(token, "apikey", "list");
        assertTrue(list.out().lines().anyMatch(line -> line.startsWith(keyId) && line.contains("deploy job")), list.out());
        assertEquals(0, ApiCalls.twofold(KEY, "apikey", "revoke", keyId).code());
        assertEquals(1, ApiCalls.twofold(token, "role", "list").code(), "the revoked key is refused");
        Run ofOther = ApiCalls.twofold(KEY, "apikey", "list", "--user", USER);
        assertEquals(0, ofOther.code(), ofOther.err());
    }

    @Test
    @Order(8)
    @RunAsClient
    void theQueueAndTheAuditLogAreReadFromTheShell() {
        Run queue = ApiCalls.twofold(KEY, "delivery", "list", "--status", "SENT");
        assertEquals(0, queue.code(), queue.err());
        assertTrue(queue.out().startsWith("ID"), queue.out());
        Run neither = ApiCalls.twofold(KEY, "delivery", "retry");
        assertEquals(2, neither.code());
        assertEquals("twofold: delivery retry needs a message ID or --all-failed (not both)", neither.err().strip());
        assertEquals(0, ApiCalls.twofold(KEY, "delivery", "retry", "--all-failed").code());

        Run audit = ApiCalls.twofold(KEY, "audit", "--user", USER, "--type", "FACTORS_RESET");
        assertEquals(0, audit.code(), audit.err());
        assertTrue(audit.out().lines().anyMatch(line -> line.contains("FACTORS_RESET") && line.contains(ADMIN)), audit.out());
        Run csv = ApiCalls.twofold(KEY, "audit", "--user", USER, "--csv");
        assertTrue(csv.out().startsWith("id,time,event,user,admin,ip,detail"), csv.out());
        assertTrue(csv.out().contains(",FACTORS_RESET," + USER + "," + ADMIN + ","), csv.out());
    }

    @Test
    @Order(9)
    @RunAsClient
    void aUserIsChangedAndShownAndSoIsARole() {
        Run set = ApiCalls.twofold(KEY, "user", "set", USER, "--name", "Changed By Shell", "--role", ROLE,
                "--email", "cli-user@example.test");
        assertEquals(0, set.code(), set.err());
        Run show = ApiCalls.twofold(KEY, "user", "show", USER);
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().lines().anyMatch(line -> line.matches("name\\s+Changed By Shell")), show.out());
        assertTrue(show.out().lines().anyMatch(line -> line.matches("source\\s+Local")), show.out());
        assertTrue(show.out().lines().anyMatch(line -> line.startsWith("roles") && line.contains(ROLE)), show.out());
        assertTrue(show.out().lines().noneMatch(line -> line.startsWith("roles") && line.matches(".*\\bAll\\b.*")),
                "everyone holds All, so no user's roles name it: " + show.out());
        Run list = ApiCalls.twofold(KEY, "user", "list", "--search", USER);
        assertTrue(list.out().lines().anyMatch(line -> line.startsWith(USER) && line.contains(" Local ")), list.out());

        Run role = ApiCalls.twofold(KEY, "role", "show", ROLE);
        assertEquals(0, role.code(), role.err());
        assertTrue(role.out().lines().anyMatch(line -> line.matches("members\\s+[1-9]\\d*")), role.out());

        Run nothing = ApiCalls.twofold(KEY, "user", "set", USER);
        assertEquals(2, nothing.code(), "nothing to change is a usage error");
        assertEquals(1, ApiCalls.twofold(KEY, "user", "show", "no-such-user-here").code());
    }

    @Test
    @Order(10)
    @RunAsClient
    void aUserWithAFactorAndAKeyIsDeletedAndTheAuditTrailStays() throws Exception {
        Path file = Files.createTempFile("twofold-password", ".txt");
        try {
            Files.writeString(file, PASSWORD + "\n");
            assertEquals(0, ApiCalls.twofold(KEY, "user", "add", "cli-leaver", "--name", "Leaving Person", "--email",
                    "cli-leaver@example.test", "--password-file", file.toString()).code());
        } finally {
            Files.delete(file);
        }
        assertEquals(0, ApiCalls.twofold(KEY, "apikey", "create", "--user", "cli-leaver", "--label", "old job").code());
        assertEquals(0, ApiCalls.twofold(KEY, "user", "disable", "cli-leaver").code(), "an audit event of theirs");

        Run deleted = ApiCalls.twofold(KEY, "user", "delete", "cli-leaver", "--yes");
        assertEquals(0, deleted.code(), deleted.err());
        assertEquals("cli-leaver is deleted.", deleted.out().strip());
        Run show = ApiCalls.twofold(KEY, "user", "show", "cli-leaver");
        assertEquals(1, show.code());
        assertEquals("twofold: No user named 'cli-leaver'. (HTTP 404)", show.err().strip());
        assertEquals("/login.xhtml", CliBrowsing.afterPassword("cli-leaver", PASSWORD), "no one signs in as them");
        Run audit = ApiCalls.twofold(KEY, "audit", "--user", "cli-leaver");
        assertTrue(audit.out().lines().anyMatch(line -> line.contains("USER_DELETED") && line.contains(ADMIN)
                && line.contains("1 API key(s) revoked")), audit.out());
        assertTrue(audit.out().lines().anyMatch(line -> line.contains("USER_DISABLED")), "the trail stays: " + audit.out());
        Run again = ApiCalls.twofold(KEY, "user", "delete", "cli-leaver", "--yes");
        assertEquals("twofold: No user named 'cli-leaver'. (HTTP 404)", again.err().strip());
    }

    @Test
    @Order(11)
    @RunAsClient
    void twofoldLoginKeepsAKeyThatExpiresInAFileOnlyItsOwnerReads() throws Exception {
        Path home = Files.createTempDirectory("twofold-home");
        Run wrong = ApiCalls.twofoldAt(home, PASSWORD + "\n000000\n", "login", "--user", ADMIN);
        assertEquals(1, wrong.code());
        assertEquals("twofold: That code is not right. (HTTP 401)", wrong.err().strip());
        Run wrongPassword = ApiCalls.twofoldAt(home, "not the password\n", "login", "--user", ADMIN);
        assertEquals("twofold: Wrong username or password, or the sign-in has timed out: start again. (HTTP 401)",
                wrongPassword.err().strip(), "no code is asked for after a wrong password");
        assertFalse(Files.exists(home.resolve(".twofold/sites.properties")), "nothing kept after a refusal");

        Run login = CliBrowsing.login(home, ADMIN, PASSWORD, SEED);
        assertEquals(0, login.code(), login.err());
        assertTrue(login.out().startsWith("Signed in as " + ADMIN + " until 20"), login.out());
        Path sites = home.resolve(".twofold/sites.properties");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sites)));
        String file = Files.readString(sites);
        assertTrue(file.contains("default=default") && file.contains("default.key=tf"), "the key, under the default site");
        assertFalse(file.contains(PASSWORD), "never the password");

        Run roles = ApiCalls.twofoldAt(home, "", "role", "list");
        assertEquals(0, roles.code(), "the next command uses the kept key: " + roles.err());
        Run keys = ApiCalls.twofoldAt(home, "", "--json", "apikey", "list");
        assertTrue(keys.out().contains("\"label\": \"twofold login\"") && keys.out().contains("\"expiresAt\""), keys.out());
        Run audit = ApiCalls.twofold(KEY, "audit", "--user", ADMIN, "--type", "SIGN_IN_SUCCEEDED");
        assertTrue(audit.out().lines().anyMatch(line -> line.contains("SIGN_IN_SUCCEEDED")), "audited as a sign-in: " + audit.out());
        Run noPassword = ApiCalls.twofoldAt(home, "", "login", "--user", ADMIN);
        assertEquals(2, noPassword.code(), "nothing to read the password from: " + noPassword.err());
    }
}
