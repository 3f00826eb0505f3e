package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.twofold.domain.crypto.KeyRing;

/**
 * Installing this release on the data folder of release a207724 loses nothing: a server of its
 * own (the test server's configuration and application, other ports) starts on a copy of
 * src/test/fixtures/data-a207724, and both of its users sign in as before the upgrade. On the
 * way, IT rotates the encryption key the way the README says: a new TWOFOLD_ENCRYPTION_KEY
 * alone is refused, naming the old key; with the old key listed as previous, Twofold starts and
 * seals every seed again; from then on the old key is not needed, and a missing key is named.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeIT {

    private static final String SERVER = "twofold-upgrade-it";
    private static final int HTTP_PORT = 9380;
    private static final int HTTPS_PORT = 9743;
    private static final URI BASE = URI.create("https://localhost:" + HTTPS_PORT);
    /** See src/test/fixtures/README.md. */
    private static final Path FIXTURES = Path.of(System.getProperty("twofold.it.fixtures.dir", "../src/test/fixtures"));
    /** The key release a207724 generated into the fixture's data folder. */
    private static final String OLD_KEY = readFixture("data-a207724/encryption.key");
    private static final String NEW_KEY = randomKey();
    private static ExtraServer server;
    private static Authenticator adminApp;

    @BeforeAll
    static void startTheNewReleaseOnTheOldData() throws Exception {
        Path data = ExtraServer.wlp().resolveSibling("upgrade-data");
        TestFiles.deleteTree(data);
        TestFiles.copyTree(FIXTURES.resolve("data-a207724"), data);
        server = ExtraServer.create(SERVER, data, HTTP_PORT, HTTPS_PORT, 9376);
        adminApp = new Authenticator(readFixture("admin-seed.txt"));

        // IT sets a new key and forgets the old one: the start is refused, and the old key named.
        String refused = startWithKeys(NEW_KEY, "");
        assertTrue(refused.contains("Database schema upgraded: applied changesets [1-baseline"), "the log names the upgrade");
        List<String> liquibaseChatter = refused.lines().filter(line -> line.matches(".* liquibase(\\.\\S*)? +[IA] .*")).toList();
        assertEquals(List.of(), liquibaseChatter, "Liquibase's progress stays out of the operator's log");
        assertTrue(refused.contains("(encryption.key) has id " + keyId(OLD_KEY)), refused);
        assertEquals(404, status("/login.xhtml"), "no sign-in page while the keys are wrong");
        server.stop();

        // With the old key listed as previous, the release starts.
        String started = startWithKeys(NEW_KEY, OLD_KEY);
        assertFalse(started.contains("does not start"), started);
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    @Order(1)
    void theAdministratorSignsInWithTheAppEnrolledBeforeTheUpgrade() throws Exception {
        Browser browser = new Browser(BASE);
        signInAsAdmin(browser);
        Browser.Page roles = browser.get("/admin/roles.xhtml");
        assertTrue(roles.text().contains("Finance"), "the role made before the upgrade is there: " + roles.text());
    }

    @Test
    @Order(2)
    void janeSignsInWithAnEmailedCodeAsBeforeTheUpgrade() throws Exception {
        int logBefore = server.log().length();
        int mailsBefore = TestMailServer.receivedFor("jane@example.test").size(); // the cluster test mails her too
        Browser browser = new Browser(BASE);
        Browser.Page code = browser.submit(browser.get("/login.xhtml"), "login",
                Map.of("username", "jane", "password", "Fixture-Jane-Passw0rd-1"), "submit");
        assertEquals("/code.xhtml", code.path(), code.text());
        assertTrue(code.text().contains("j**e@example.test"), code.text());
        MimeMessage mail = null;
        for (int i = 0; i < 60 && mail == null; i++) {
            List<MimeMessage> received = TestMailServer.receivedFor("jane@example.test");
            mail = received.size() > mailsBefore ? received.get(received.size() - 1) : null;
            Thread.sleep(500);
        }
        assertTrue(mail != null, "jane's code was emailed");
        assertTrue(mail.getSubject() != null && !mail.getSubject().isBlank());
        Browser.Page desk = browser.submit(code, "code",
                Map.of("otp", SentCodes.codeIn(String.valueOf(mail.getContent()))), "verify");
        assertEquals("/desk.xhtml", desk.path(), desk.text());
        // The first mail since the start, too, leaves the operator's log alone. (Meanwhile the key
        // rotation may report that it sealed the seeds again, and the minute's sweeper that it
        // re-queued a message the old release left queued: background work, not this sign-in.)
        List<String> written = server.log().substring(logBefore).lines()
                .filter(line -> !line.isBlank() && !line.contains("SeedResealer") && !line.contains("StuckMessageSweeper"))
                .toList();
        assertEquals(List.of(), written, "a sign-in with an emailed code writes nothing to the log");
    }

    @Test
    @Order(3)
    void onceEverySeedIsSealedAgainTheOldKeyIsNotNeededAndAMissingKeyIsNamed() throws Exception {
        String log = server.awaitLog("TWOFOLD_ENCRYPTION_KEYS_PREVIOUS may be emptied", 60);
        assertTrue(log.contains("with the current encryption key " + keyId(NEW_KEY)), log);
        server.stop();

        String refused = startWithKeys(randomKey(), "");
        assertTrue(refused.contains("sealed with the encryption key " + keyId(NEW_KEY) + ", which is not configured"), refused);
        server.stop();

        String started = startWithKeys(NEW_KEY, "");
        assertFalse(started.contains("does not start"), started);
        signInAsAdmin(new Browser(BASE));
    }

    @Test
    @Order(4)
    void theIdTokenSigningKeyIsSealedAgainAfterTheNextRotation() throws Exception {
        Browser.Page before = new Browser(BASE).get("/oidc/jwks");
        assertEquals(200, before.status(), before.body());
        String signingKey = before.body().replaceAll("(?s).*\"kid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        server.stop();

        String third = randomKey();
        startWithKeys(third, NEW_KEY);
        server.awaitLog("Sealed 1 ID-token signing keys again with the current encryption key " + keyId(third), 60);
        server.stop();

        startWithKeys(third, "");
        Browser.Page after = new Browser(BASE).get("/oidc/jwks");
        assertEquals(200, after.status(), "the old encryption key is gone, and the signing key still opens: " + after.body());
        assertTrue(after.body().contains(signingKey), after.body());
    }

    private static Browser.Page signInAsAdmin(Browser browser) throws Exception {
        Browser.Page code = browser.submit(browser.get("/login.xhtml"), "login",
                Map.of("username", "Administrator", "password", "Fixture-Admin-Passw0rd-1"), "submit");
        assertEquals("/code.xhtml", code.path(), code.text());
        Browser.Page desk = browser.submit(code, "code", Map.of("otp", adminApp.nextCode()), "verify");
        assertEquals("/desk.xhtml", desk.path(), desk.text());
        return desk;
    }

    /**
     * Starts the server with these keys and returns its log once the application has started
     * or refused to. The test's GreenMail receives jane's code; the zone is the one the fixture
     * was written in.
     */
    private static String startWithKeys(String current, String previous) throws Exception {
        return server.start(Map.of(
                "TWOFOLD_SMTP_HOST", "localhost",
                "TWOFOLD_SMTP_PORT", String.valueOf(TestMailServer.SMTP_PORT),
                "TZ", "UTC",
                "TWOFOLD_ENCRYPTION_KEY", current,
                "TWOFOLD_ENCRYPTION_KEYS_PREVIOUS", previous));
    }

    private static int status(String path) throws Exception {
        return HttpClient.newBuilder().sslContext(TestTls.acceptingTestServers()).build().send(HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String keyId(String base64Key) {
        return KeyRing.idOf(Base64.getDecoder().decode(base64Key));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String readFixture(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
