package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kills the test server with SIGKILL (no shutdown hooks, nothing flushed) and starts it
 * again with Liberty's own script, as an operator would after a crash.
 */
public final class ServerKiller {

    private ServerKiller() {
    }

    /**
     * Signs in while the mail server is down, waits (through the API, with {@code apiKey}) for
     * the code's first delivery attempt to fail, kills the server while the retry waits in the
     * JMS queue, restarts it with the mail server up, and waits for the code. Killing during the
     * attempt itself would leave the message SENDING until the five-minute sweep.
     */
    public static void queueACodeKillAndRestart(String username, String password, String address, String apiKey)
            throws Exception {
        TestMailServer.stop();
        try {
            Browser browser = new Browser();
            Browser.Page page = browser.submit(browser.get("/login.xhtml"), "login",
                    Map.of("username", username, "password", password), "submit");
            assertEquals("/code.xhtml", page.path(), page.text());
            awaitAFailedAttempt(address, apiKey);
            TestServer.kill();
        } finally {
            TestMailServer.start();
        }
        TestServer.start(Map.of());
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

    private static void awaitAFailedAttempt(String address, String apiKey) throws Exception {
        Pattern retrying = Pattern.compile("\\{[^{}]*\"recipient\":\"" + Pattern.quote(address) + "\"[^{}]*\\}");
        for (int i = 0; i < 300; i++) {
            Matcher message = retrying.matcher(ApiCalls.call("GET", "delivery?status=QUEUED", apiKey, null).body());
            if (message.find() && !message.group().contains("\"attempts\":0")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the code's first delivery attempt did not fail within 30 s");
    }
}
