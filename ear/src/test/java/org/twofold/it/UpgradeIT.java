package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Installing this release on the data folder of release a207724 loses nothing: a server of its
 * own (the test server's configuration and application, other ports) starts on a copy of
 * src/test/fixtures/data-a207724, and both of its users sign in as before the upgrade.
 */
class UpgradeIT {

    private static final String SERVER = "twofold-upgrade-it";
    private static final int HTTP_PORT = 9380;
    private static final URI BASE = URI.create("http://localhost:" + HTTP_PORT);
    /** See src/test/fixtures/README.md. */
    private static final Path FIXTURES = Path.of(System.getProperty("twofold.it.fixtures.dir", "../src/test/fixtures"));

    @BeforeAll
    static void startTheNewReleaseOnTheOldData() throws Exception {
        Path wlp = Path.of(System.getProperty("twofold.it.wlp.dir"));
        Path testServer = wlp.resolve("usr/servers").resolve(System.getProperty("twofold.it.server.name", "twofold-it"));
        Path server = wlp.resolve("usr/servers").resolve(SERVER);
        Path data = wlp.resolveSibling("upgrade-data");
        deleteTree(server);
        deleteTree(data);
        copyTree(FIXTURES.resolve("data-a207724"), data);
        for (String part : List.of("server.xml", "jvm.options", "derby", "apps")) {
            copyTree(testServer.resolve(part), server.resolve(part));
        }
        Files.writeString(server.resolve("bootstrap.properties"), String.join("\n",
                "twofold.data.dir=" + data.toAbsolutePath(),
                "twofold.http.port=" + HTTP_PORT,
                "twofold.https.port=9743",
                "twofold.messaging.port=9376",
                "twofold.messaging.secure.port=9386", ""));
        // The test's GreenMail receives jane's code.
        Files.writeString(server.resolve("server.env"), "TWOFOLD_SMTP_HOST=localhost\nTWOFOLD_SMTP_PORT="
                + TestMailServer.SMTP_PORT + "\n");
        run(wlp, "start");
        awaitReady();
        String log = Files.readString(server.resolve("logs/messages.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("Database schema upgraded: applied changesets [1-baseline"), "the log names the upgrade");
    }

    @AfterAll
    static void stop() throws Exception {
        run(Path.of(System.getProperty("twofold.it.wlp.dir")), "stop");
    }

    @Test
    void theAdministratorSignsInWithTheAppEnrolledBeforeTheUpgrade() throws Exception {
        String seed = Files.readString(FIXTURES.resolve("admin-seed.txt"), StandardCharsets.US_ASCII).trim();
        Browser browser = new Browser(BASE);
        Browser.Page code = browser.submit(browser.get("/login.xhtml"), "login",
                Map.of("username", "Administrator", "password", "Fixture-Admin-Passw0rd-1"), "submit");
        assertEquals("/code.xhtml", code.path(), code.text());
        Browser.Page desk = browser.submit(code, "code", Map.of("otp", new Authenticator(seed).nextCode()), "verify");
        assertEquals("/desk.xhtml", desk.path(), desk.text());
        Browser.Page console = browser.get("/admin/roles.xhtml");
        assertTrue(console.text().contains("Finance"), "the role made before the upgrade is there: " + console.text());
    }

    @Test
    void janeSignsInWithAnEmailedCodeAsBeforeTheUpgrade() throws Exception {
        Browser browser = new Browser(BASE);
        Browser.Page code = browser.submit(browser.get("/login.xhtml"), "login",
                Map.of("username", "jane", "password", "Fixture-Jane-Passw0rd-1"), "submit");
        assertEquals("/code.xhtml", code.path(), code.text());
        assertTrue(code.text().contains("j***@example.test"), code.text());
        MimeMessage mail = null;
        for (int i = 0; i < 60 && mail == null; i++) {
            List<MimeMessage> received = TestMailServer.receivedFor("jane@example.test");
            mail = received.isEmpty() ? null : received.get(received.size() - 1);
            Thread.sleep(500);
        }
        assertTrue(mail != null, "jane's code was emailed");
        assertTrue(mail.getSubject() != null && !mail.getSubject().isBlank());
        Browser.Page desk = browser.submit(code, "code",
                Map.of("otp", SentCodes.codeIn(String.valueOf(mail.getContent()))), "verify");
        assertEquals("/desk.xhtml", desk.path(), desk.text());
    }

    private static void run(Path wlp, String action) throws Exception {
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, SERVER)
                .redirectErrorStream(true)
                .redirectOutput(wlp.resolveSibling("upgrade-" + action + ".log").toFile())
                .start();
        assertEquals(0, process.waitFor(), "server " + action);
    }

    private static void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(BASE.resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the upgraded server did not become ready within 2 minutes");
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
