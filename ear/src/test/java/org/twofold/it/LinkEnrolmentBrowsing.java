package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Totp;
import org.twofold.domain.otp.TotpParameters;

/**
 * The browser side of Frappe's first-login flow: sign in, read the emailed link in
 * GreenMail, open it (as on a phone, in another browser), scan the QR code, and enter the
 * app's code in the sign-in window.
 */
public final class LinkEnrolmentBrowsing {

    private static final Pattern LINK = Pattern.compile("(https://\\S+/enrolment-link\\?t=[A-Za-z0-9_-]+)");

    private LinkEnrolmentBrowsing() {
    }

    private static String emailedLink(String address) throws Exception {
        for (int i = 0; i < 200; i++) {
            List<MimeMessage> mails = TestMailServer.receivedFor(address);
            if (!mails.isEmpty()) {
                assertEquals("Set up your authenticator app", mails.get(0).getSubject());
                Matcher matcher = LINK.matcher(String.valueOf(mails.get(0).getContent()));
                assertTrue(matcher.find(), "no link in the email");
                return matcher.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email to " + address + " within 20 s");
    }

    /** The subjects of the emails to this address, once there are at least {@code count}. */
    private static List<String> emailedSubjects(String address, int count) throws Exception {
        for (int i = 0; i < 200; i++) {
            List<MimeMessage> mails = TestMailServer.receivedFor(address);
            if (mails.size() >= count) {
                List<String> subjects = new ArrayList<>();
                for (MimeMessage mail : mails) {
                    subjects.add(mail.getSubject());
                }
                return subjects;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + count + " emails to " + address + " within 20 s");
    }

    /** A sign-in that set up its first app by emailed link: the link (used), the app's secret, and the signed-in browser. */
    public record Enrolled(String link, String secret, Browser browser) {
    }

    /** @return the link, already used */
    public static String enrolByEmailedLink(String username, String password, String address) throws Exception {
        return signInEnrollingByEmailedLink(username, password, address).link();
    }

    public static Enrolled signInEnrollingByEmailedLink(String username, String password, String address) throws Exception {
        Browser signIn = new Browser();
        Browser.Page login = signIn.get("/login.xhtml");
        Browser.Page page = signIn.submit(login, "login", Map.of("username", username, "password", password), "submit");
        assertEquals("/code.xhtml", page.path(), page.text());
        assertTrue(page.text().contains("We emailed you a link"), page.text());
        assertNull(page.html().getElementById("secret"), "no secret on screen: it goes by email");
        assertEquals("/code.xhtml", signIn.get("/enrol.xhtml").path(), "the on-screen QR code is not offered");
        assertEquals(404, signIn.getBytes("/signin/qr.png").statusCode());

        String link = emailedLink(address);
        String pathAndQuery = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        // A mail scanner fetches the link first: that shows a button and uses nothing up.
        Browser.Page scanned = new Browser().get(pathAndQuery);
        assertNull(scanned.html().getElementById("secret"), "a GET shows no secret");
        assertNotNull(scanned.html().getElementById("link:open"), scanned.text());
        Browser phone = new Browser();
        Browser.Page ready = phone.get(pathAndQuery);
        assertEquals("/enrolment-link.xhtml", ready.path(), "the token leaves the address bar");
        assertNotNull(ready.html().getElementById("link:open"), "the scanner did not burn the link: " + ready.text());
        String sessionBefore = phone.sessionId();
        Browser.Page opened = phone.submit(ready, "link", Map.of(), "open");
        assertNotEquals(sessionBefore, phone.sessionId(), "using the link changes the session id");
        String secret = opened.html().getElementById("secret").text().replace(" ", "");
        HttpResponse<byte[]> qr = phone.getBytes("/signin/qr.png");
        assertTrue(QrCodes.decode(qr.body()).contains("secret=" + secret));

        String code = Totp.generate(Base32.decode(secret), System.currentTimeMillis() / 1000, TotpParameters.DEFAULT);
        page = signIn.get("/code.xhtml");
        page = signIn.submit(page, "code", Map.of("otp", code), "verify");
        assertEquals("/desk.xhtml", page.path(), page.text());
        assertTrue(emailedSubjects(address, 2).contains("An authenticator app was set up for your account"),
                "binding a new app is told to the user");
        return new Enrolled(link, secret, signIn);
    }

    /** Opens a link in a fresh browser and returns the page's text. */
    public static String openAgain(String link) {
        Browser other = new Browser();
        Browser.Page page = other.get(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery());
        assertNull(page.html().getElementById("secret"));
        return page.html().getElementById("linkProblem").text();
    }
}
