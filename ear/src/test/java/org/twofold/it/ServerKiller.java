package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Kills the test server with SIGKILL (no shutdown hooks, nothing flushed) and starts it
 * again with Liberty's own script, as an operator would after a crash.
 */
public final class ServerKiller {

    private ServerKiller() {
    }

    public static void queueACodeKillAndRestart(String username, String password, String address) throws Exception {
        TestMailServer.stop();
        try {
            Browser browser = new Browser();
            Browser.Page page = browser.submit(browser.get("/login.xhtml"), "login",
                    Map.of("username", username, "password", password), "submit");
            assertEquals("/code.xhtml", page.path(), page.text());
            // The code's message and its JMS message are committed before this page is sent.
            killServer();
        } finally {
            TestMailServer.start();
        }
        startServer();
        for (int i = 0; i < 600; i++) {
            List<MimeMessage> mails = TestMailServer.receivedFor(address);
            if (!mails.isEmpty()) {
                assertEquals("Your sign-in code", mails.get(0).getSubject());
                assertTrue(SentCodes.codeIn(String.valueOf(mails.get(0).getContent())).matches("\\d{6}"));
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the code queued before the kill did not arrive within 60 s of the restart");
    }

    private static void killServer() throws Exception {
        Path pidFile = wlp().resolve("usr/servers/.pid/" + serverName() + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
        server.destroyForcibly(); // SIGKILL
        server.onExit().get();
    }

    private static void startServer() throws Exception {
        Process start = new ProcessBuilder(wlp().resolve("bin/server").toString(), "start", serverName())
                .redirectErrorStream(true)
                .redirectOutput(wlp().resolveSibling("kill-nine-restart.log").toFile())
                .start();
        assertEquals(0, start.waitFor(), "server start");
        HttpClient http = HttpClient.newBuilder().sslContext(TestTls.acceptingTestServers()).build();
        URI ready = Browser.BASE.resolve("/health/ready");
        for (int i = 0; i < 240; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not become ready within 2 minutes of the restart");
    }

    private static Path wlp() {
        return Path.of(System.getProperty("twofold.it.wlp.dir"));
    }

    private static String serverName() {
        return System.getProperty("twofold.it.server.name", "twofold-it");
    }
}
