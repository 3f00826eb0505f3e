package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The browser side of signing in with a code sent by email (read from GreenMail) or SMS
 * (read from the test server's local outbox folder). Used by the Arquillian test's
 * client-side steps; kept out of its method signatures, which the server also loads.
 */
public final class SentCodeBrowsing {

    private SentCodeBrowsing() {
    }

    private static Browser.Page signInWithPassword(Browser browser, String username, String password) {
        Browser.Page login = browser.get("/login.xhtml");
        Browser.Page page = browser.submit(login, "login", Map.of("username", username, "password", password), "submit");
        assertEquals("/code.xhtml", page.path(), page.text());
        assertEquals("/code.xhtml", browser.get("/desk.xhtml").path(), "no access with only the password");
        return page;
    }

    /**
     * The code page once it reports the message as sent. The transport accepts a message a
     * moment before its status is committed, so the page may still say "sending" briefly.
     */
    static Browser.Page codePageOnceSent(Browser browser, String sentText) throws InterruptedException {
        Browser.Page page = browser.get("/code.xhtml");
        for (int i = 0; i < 50 && !page.text().contains(sentText); i++) {
            Thread.sleep(100);
            page = browser.get("/code.xhtml");
        }
        assertTrue(page.text().contains(sentText), page.text());
        return page;
    }

    /** The code in the n-th email to this address. */
    public static String emailCode(String address, int n) throws Exception {
        return emailCode(address, n, "Your sign-in code");
    }

    /** The code in the n-th email to this address, which has this subject. */
    public static String emailCode(String address, int n, String subject) throws Exception {
        for (int i = 0; i < 200; i++) {
            List<MimeMessage> mails = TestMailServer.receivedFor(address);
            if (mails.size() >= n) {
                assertEquals(subject, mails.get(n - 1).getSubject());
                return SentCodes.codeIn(String.valueOf(mails.get(n - 1).getContent()));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("email " + n + " to " + address + " did not arrive within 20 s");
    }

    /** The code in the first SMS to this number. */
    public static String smsCode(String number) throws Exception {
        Path outbox = Path.of(System.getProperty("twofold.it.data.dir"), "outbox");
        for (int i = 0; i < 200; i++) {
            List<String> texts = SentCodes.smsTo(outbox, number);
            if (!texts.isEmpty()) {
                return SentCodes.codeIn(texts.get(0));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no SMS to " + number + " within 20 s");
    }

    /** Signs in with the n-th emailed code; the code page must say where it went. */
    public static void signInWithEmailedCode(String username, String password, String address, int n,
                                             String shownDestination) throws Exception {
        Browser browser = new Browser();
        signInWithPassword(browser, username, password);
        String code = emailCode(address, n);
        Browser.Page page = codePageOnceSent(browser, "The code was sent to " + shownDestination);
        page = browser.submit(page, "code", Map.of("otp", code), "verify");
        assertEquals("/desk.xhtml", page.path(), page.text());
    }

    /** Asks for a new code: the old one (the n-th email) stops working, the new one signs in. */
    public static void resendReplacesTheOldCode(String username, String password, String address, int n)
            throws Exception {
        Browser browser = new Browser();
        Browser.Page page = signInWithPassword(browser, username, password);
        String old = emailCode(address, n);
        page = browser.submit(page, "resendForm", Map.of(), "resend");
        assertTrue(page.messages().contains("A new code is on its way"), page.messages());
        String fresh = emailCode(address, n + 1);
        if (!fresh.equals(old)) {
            page = browser.submit(page, "code", Map.of("otp", old), "verify");
            assertTrue(page.messages().contains("That code is not right"), page.messages());
        }
        page = browser.submit(page, "code", Map.of("otp", fresh), "verify");
        assertEquals("/desk.xhtml", page.path(), page.text());
    }

    /** Signs in with the first code the loopback SMS gateway received for this number. */
    public static void signInWithGatewayCode(String username, String password, String number) throws Exception {
        Browser browser = new Browser();
        signInWithPassword(browser, username, password);
        String code = null;
        for (int i = 0; i < 200 && code == null; i++) {
            List<Map<String, String>> forms = TestSmsGateway.receivedFor("to", number);
            if (forms.isEmpty()) {
                Thread.sleep(100);
            } else {
                assertEquals("test-key", forms.get(0).get("header:X-Api-Key"));
                assertEquals("Twofold", forms.get(0).get("from"));
                code = SentCodes.codeIn(forms.get(0).get("text"));
            }
        }
        assertTrue(code != null, "the SMS gateway received nothing within 20 s");
        Browser.Page page = codePageOnceSent(browser, "The code was sent to +49*******");
        page = browser.submit(page, "code", Map.of("otp", code), "verify");
        assertEquals("/desk.xhtml", page.path(), page.text());
    }

    /** Signs in with the first texted code; the code page must show the masked number. */
    public static void signInWithTextedCode(String username, String password, String number,
                                            String shownNumber) throws Exception {
        Browser browser = new Browser();
        signInWithPassword(browser, username, password);
        String code = smsCode(number);
        Browser.Page page = codePageOnceSent(browser, "The code was sent to " + shownNumber);
        page = browser.submit(page, "code", Map.of("otp", code), "verify");
        assertEquals("/desk.xhtml", page.path(), page.text());
    }
}
