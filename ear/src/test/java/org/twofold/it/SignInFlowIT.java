package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.twofold.it.Browser.Page;

/**
 * The sign-in as a person meets it, over HTTP against the started server: the
 * Administrator enrols an authenticator app on first sign-in, then signs in with codes.
 * The steps build on each other, so they run in order; the lockout comes last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInFlowIT {

    private static final String ADMIN = "Administrator";
    private static final String PASSWORD = System.getProperty("twofold.admin.password");
    private static final String WRONG_CREDENTIALS = "Wrong username or password.";
    private static final String WRONG_CODE = "That code is not right.";
    private static final String LOCKED = "Too many failed sign-ins";

    private Authenticator app;

    private static Page signInWithPassword(Browser browser, String username, String password) {
        Page login = browser.get("/login.xhtml");
        return browser.submit(login, "login", Map.of("username", username, "password", password), "submit");
    }

    private static Page enterCode(Browser browser, Page codePage, String code) {
        String form = codePage.path().endsWith("/enrol.xhtml") ? "enrol" : "code";
        return browser.submit(codePage, form, Map.of("otp", code), "verify");
    }

    @Test
    @Order(1)
    void aProtectedPageSendsAStrangerToTheLoginPage() {
        Browser browser = new Browser();
        assertEquals("/login.xhtml", browser.get("/desk.xhtml").path());
        assertEquals("/login.xhtml", browser.get("/").path());
    }

    @Test
    @Order(2)
    void anUnknownUserAndAWrongPasswordLookTheSame() {
        Page unknown = signInWithPassword(new Browser(), "nobody-" + System.nanoTime(), "whatever-password");
        Page wrong = signInWithPassword(new Browser(), ADMIN, "not-the-password");
        assertEquals("/login.xhtml", unknown.path());
        assertEquals(WRONG_CREDENTIALS, unknown.messages());
        assertEquals(unknown.status(), wrong.status());
        assertEquals(unknown.messages(), wrong.messages());
    }

    @Test
    @Order(3)
    void badInputGetsAClearMessageAndNoError() {
        Browser browser = new Browser();
        Page empty = signInWithPassword(browser, "", "");
        assertEquals(200, empty.status());
        assertTrue(empty.messages().contains("Enter your username."), empty.messages());
        assertTrue(empty.messages().contains("Enter your password."), empty.messages());

        Page huge = signInWithPassword(browser, "x".repeat(10_000), "whatever");
        assertEquals(200, huge.status());
        assertTrue(huge.messages().contains("at most 100 characters"), huge.messages());
    }

    @Test
    @Order(4)
    void aFormFromAnExpiredPageReopensThePageWithAMessage() {
        Browser browser = new Browser();
        Page login = browser.get("/login.xhtml");
        Page stale = browser.submit(login, "login",
                Map.of("username", ADMIN, "password", PASSWORD), "submit", "-1234:5678");
        assertEquals(200, stale.status());
        assertEquals("/login.xhtml", stale.path());
        assertTrue(stale.messages().contains("open for too long"), stale.messages());
        assertEquals("/login.xhtml", browser.get("/desk.xhtml").path(), "nothing was signed in");
    }

    @Test
    @Order(10)
    void firstSignInEnrolsAnAuthenticatorAppAndReachesTheDesk() throws Exception {
        Browser browser = new Browser();
        browser.get("/login.xhtml");
        String anonymousSession = browser.sessionId();

        Page enrol = signInWithPassword(browser, ADMIN, PASSWORD);
        assertEquals("/enrol.xhtml", enrol.path(), enrol.text());
        String pendingSession = browser.sessionId();
        assertNotEquals(anonymousSession, pendingSession, "session id must change after the password");
        assertEquals("no-store", enrol.response().headers().firstValue("Cache-Control").orElse("").split(",")[0]);

        // With only the password done, protected pages are still out of reach.
        assertEquals("/enrol.xhtml", browser.get("/desk.xhtml").path());

        HttpResponse<byte[]> qr = browser.getBytes("/signin/qr.png");
        assertEquals(200, qr.statusCode());
        assertEquals("image/png", qr.headers().firstValue("Content-Type").orElse(""));
        assertTrue(qr.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(qr.body(), 4));

        String secret = enrol.html().getElementById("secret").text().replace(" ", "");
        assertTrue(secret.length() >= 32, "a 160-bit secret is 32 Base32 characters: " + secret);
        assertEquals("otpauth://totp/Twofold:Administrator?secret=" + secret
                + "&issuer=Twofold&algorithm=SHA1&digits=6&period=30", QrCodes.decode(qr.body()),
                "the QR code holds the Key URI of the secret shown as text");
        app = new Authenticator(secret);

        Page wrong = enterCode(browser, enrol, "000000".equals(app.codeFor(Authenticator.currentStep())) ? "111111" : "000000");
        assertEquals("/enrol.xhtml", wrong.path());
        assertTrue(wrong.messages().contains(WRONG_CODE), wrong.messages());

        Page desk = enterCode(browser, wrong, codeAccepted());
        assertEquals("/desk.xhtml", desk.path(), desk.text());
        assertTrue(desk.text().contains("Welcome, Administrator"), desk.text());
        assertTrue(desk.html().getElementById("roles").text().contains("Administrator"));
        assertEquals(10, desk.html().select("ol.tf-codes code").size(),
                "the first app comes with recovery codes, shown on the Desk: " + desk.text());
        assertNotEquals(pendingSession, browser.sessionId(), "session id must change after the code");

        // The pending session's id is dead: a thief holding it gets the login page.
        assertEquals("/login.xhtml", browser.withSessionCookie(pendingSession).get("/desk.xhtml").path());
    }

    @Test
    @Order(20)
    void signingOutEndsTheSessionOnTheServer() {
        Browser browser = new Browser();
        Page desk = signIn(browser);
        String signedInSession = browser.sessionId();
        Page out = browser.submit(desk, "signOut", Map.of(), "signOutButton");
        assertEquals("/login.xhtml", out.path());
        assertTrue(out.text().contains("You have signed out."));
        assertEquals("/login.xhtml", browser.get("/desk.xhtml").path());
        assertEquals("/login.xhtml", browser.withSessionCookie(signedInSession).get("/desk.xhtml").path());
    }

    @Test
    @Order(30)
    void aWrongCodeGivesNoAccessAndTheCodePageSaysSo() {
        Browser browser = new Browser();
        Page code = signInWithPassword(browser, ADMIN, PASSWORD);
        assertEquals("/code.xhtml", code.path());
        Page wrong = enterCode(browser, code, "12345x");
        assertTrue(wrong.messages().contains("That is not a code"), wrong.messages());
        wrong = enterCode(browser, wrong, app.codeFor(Authenticator.currentStep() - 5));
        assertEquals("/code.xhtml", wrong.path());
        assertTrue(wrong.messages().contains(WRONG_CODE), wrong.messages());
        assertEquals("/code.xhtml", browser.get("/desk.xhtml").path());
        // The right code still works afterwards (fewer failures than the threshold).
        assertEquals("/desk.xhtml", enterCode(browser, wrong, codeAccepted()).path());
    }

    @Test
    @Order(40)
    void aCodeIsAcceptedOnceEvenAcrossSessions() throws Exception {
        Page desk = signIn(new Browser());
        assertEquals("/desk.xhtml", desk.path());
        String used = app.lastCode();

        Browser other = new Browser();
        Page code = signInWithPassword(other, ADMIN, PASSWORD);
        Page replay = enterCode(other, code, used);
        assertEquals("/code.xhtml", replay.path());
        assertTrue(replay.messages().contains(WRONG_CODE), replay.messages());
    }

    @Test
    @Order(50)
    void ofParallelSubmissionsOfOneCodeExactlyOneSignsIn() throws Exception {
        // Each lost race counts as a failed code, like any replay; stay below the lockout
        // threshold (10) so the account stays usable for the next test.
        int racers = 9;
        List<Browser> browsers = new ArrayList<>();
        List<Page> codePages = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Browser browser = new Browser();
            browsers.add(browser);
            codePages.add(signInWithPassword(browser, ADMIN, PASSWORD));
        }
        String code = app.nextCode();
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Callable<Page>> submissions = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Browser browser = browsers.get(i);
                Page page = codePages.get(i);
                submissions.add(() -> enterCode(browser, page, code));
            }
            long winners = 0;
            for (Future<Page> result : pool.invokeAll(submissions)) {
                Page page = result.get();
                assertEquals(200, page.status());
                if (page.path().equals("/desk.xhtml")) {
                    winners++;
                } else {
                    assertTrue(page.messages().contains(WRONG_CODE), page.messages());
                }
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(90)
    void consecutiveWrongCodesLockTheAccountEvenForTheRightCode() throws Exception {
        signIn(new Browser()); // a success sets the count of wrong codes back to zero
        Browser browser = new Browser();
        Page page = signInWithPassword(browser, ADMIN, PASSWORD);
        // The default threshold is 10. What is not a code at all counts as a wrong code too.
        for (int i = 1; i <= 9; i++) {
            boolean malformed = i % 3 == 0;
            page = enterCode(browser, page, malformed ? List.of("", "abc", "1".repeat(1000)).get(i / 3 - 1) : wrongCode());
            assertTrue(page.messages().contains(malformed ? "That is not a code" : WRONG_CODE),
                    "failure " + i + ": " + page.messages());
        }
        // Re-entering the password does not reset the count.
        page = signInWithPassword(browser, ADMIN, PASSWORD);
        assertEquals("/code.xhtml", page.path());
        page = enterCode(browser, page, wrongCode());
        assertTrue(page.messages().contains(LOCKED), page.messages());

        Browser later = new Browser();
        Page again = signInWithPassword(later, ADMIN, PASSWORD);
        assertEquals("/login.xhtml", again.path());
        assertTrue(again.messages().contains(LOCKED), again.messages());
        Page wrongPassword = signInWithPassword(new Browser(), ADMIN, "not the password");
        assertEquals(again.messages(), wrongPassword.messages(), "locked, a wrong password gets the same answer as the right one");
    }

    private String wrongCode() {
        long now = Authenticator.currentStep();
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(app.codeFor(now - 1)) && !code.equals(app.codeFor(now))
                    && !code.equals(app.codeFor(now + 1)) && !code.equals(app.codeFor(now + 2))) {
                return code;
            }
        }
    }

    private String codeAccepted() {
        try {
            return app.nextCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page signIn(Browser browser) {
        assertNotNull(app, "the enrolment test runs first");
        Page code = signInWithPassword(browser, ADMIN, PASSWORD);
        assertEquals("/code.xhtml", code.path(), code.text());
        Page desk = enterCode(browser, code, codeAccepted());
        assertEquals("/desk.xhtml", desk.path(), desk.text());
        return desk;
    }
}
