package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * "Remember this browser" as a user meets it: ticked on the code page, then forgotten on the
 * Security page; over plain HTTP (to read the Set-Cookie header) and in chromium.
 */
public final class RememberedBrowserBrowsing {

    private RememberedBrowserBrowsing() {
    }

    public static void rememberThenForget(String username, String password, String seed) throws Exception {
        Browser browser = new Browser();
        Browser.Page code = password(browser, username, password);
        assertEquals("/code.xhtml", code.path(), code.text());
        assertTrue(code.text().contains("Remember this browser for 30 days"), code.text());
        Browser.Page desk = browser.submit(code, "code",
                Map.of("otp", new Authenticator(seed).nextCode(), "rememberDevice", "true"), "verify");
        assertEquals("/desk.xhtml", desk.path(), desk.text());
        String cookie = deviceCookie(desk);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertCookieLasts(cookie, Duration.ofDays(30));
        browser.submit(desk, "signOut", Map.of(), "signOutButton");

        Browser.Page skipped = password(browser, username, password);
        assertEquals("/desk.xhtml", skipped.path(), "no code after the password: " + skipped.text());
        Browser.Page elsewhere = password(new Browser(), username, password);
        assertEquals("/code.xhtml", elsewhere.path(), "another browser is asked for the code");

        Browser.Page security = browser.get("/account/security.xhtml");
        assertEquals(List.of("Other browser"), security.html().select("[id$=browserName]").eachText(), security.text());
        Browser.Page unconfirmed = browser.submit(security, "browsers", Map.of(), "browserList:0:forget");
        assertTrue(unconfirmed.messages().contains("Confirm your password first"), unconfirmed.text());
        Browser.Page confirmed = browser.submit(unconfirmed, "confirm", Map.of("password", password), "confirmButton");
        Browser.Page forgotten = browser.submit(confirmed, "browsers", Map.of(), "browserList:0:forget");
        assertTrue(forgotten.messages().contains("That browser is forgotten"), forgotten.text());
        assertTrue(forgotten.text().contains("No browser is remembered"), forgotten.text());
        browser.submit(browser.get("/desk.xhtml"), "signOut", Map.of(), "signOutButton");

        Browser.Page askedAgain = password(browser, username, password);
        assertEquals("/code.xhtml", askedAgain.path(), "a forgotten browser is asked for the code again");
    }

    /**
     * The same in chromium, which enforces the cookie's attributes as a user's browser does: the
     * cookie is sent back on the next sign-in (same site) and the code step is skipped.
     */
    public static void rememberThenForgetInChromium(String username, String password, String seed) throws Exception {
        try (ConsoleBrowser user = new ConsoleBrowser(Files.createTempDirectory("twofold-remembered"))) {
            user.passwordStep(username, password);
            assertEquals("/code.xhtml", user.path(), user.text());
            user.check(By.id("code:rememberDevice"), true);
            user.type("code:otp", new Authenticator(seed).nextCode());
            user.submit("code:verify");
            assertEquals("/desk.xhtml", user.path(), user.text());
            Cookie cookie = user.cookie("twofold_device");
            assertTrue(cookie.isHttpOnly() && cookie.isSecure(), cookie.toString());
            assertEquals("Strict", cookie.getSameSite());
            user.submit("signOut:signOutButton");

            user.passwordStep(username, password);
            assertEquals("/desk.xhtml", user.path(), "no code after the password: " + user.text());

            user.open("/account/security.xhtml");
            user.type("confirm:password", password);
            user.submit("confirm:confirmButton");
            user.submit("browsers:browserList:0:forget");
            assertTrue(user.text().contains("That browser is forgotten"), user.text());
            user.open("/desk.xhtml");
            user.submit("signOut:signOutButton");

            user.passwordStep(username, password);
            assertEquals("/code.xhtml", user.path(), "a forgotten browser is asked for the code again");
        }
    }

    /** Liberty writes the lifetime as Expires (a date), not as Max-Age. */
    private static void assertCookieLasts(String cookie, Duration lifetime) {
        Matcher expires = Pattern.compile("Expires=([^;]+)").matcher(cookie);
        assertTrue(expires.find(), cookie);
        Instant until = ZonedDateTime.parse(expires.group(1).trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Instant expected = Instant.now().plus(lifetime);
        assertTrue(Duration.between(until, expected).abs().toMinutes() < 5, "lasts " + lifetime + ": " + cookie);
    }

    private static Browser.Page password(Browser browser, String username, String password) {
        Browser.Page login = browser.get("/login.xhtml");
        return browser.submit(login, "login", Map.of("username", username, "password", password), "submit");
    }

    /** The Set-Cookie of the remembered browser, from the redirect that signed in. */
    private static String deviceCookie(Browser.Page page) {
        List<HttpResponse<String>> responses = new ArrayList<>(page.redirects());
        responses.add(page.response());
        for (HttpResponse<String> r : responses) {
            for (String header : r.headers().allValues("Set-Cookie")) {
                if (header.startsWith("twofold_device=")) {
                    return header;
                }
            }
        }
        throw new AssertionError("no twofold_device cookie was set");
    }
}
