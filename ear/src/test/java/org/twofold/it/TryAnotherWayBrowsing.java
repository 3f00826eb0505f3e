package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;

/** "Try another way" as a user meets it: an emailed code instead of the app's, and the app instead of an email. */
public final class TryAnotherWayBrowsing {

    private TryAnotherWayBrowsing() {
    }

    public static void emailInsteadOfTheApp(String username, String password, String email) throws Exception {
        Browser browser = new Browser();
        Browser.Page code = browser.submit(browser.get("/login.xhtml"), "login",
                Map.of("username", username, "password", password), "submit");
        assertEquals("/code.xhtml", code.path(), code.text());
        assertTrue(code.text().contains("Try another way") && code.text().contains("Email me a code instead"), code.text());

        Browser.Page switched = browser.submit(code, "another", Map.of(), "ways:0:switch");
        assertEquals("/code.xhtml", switched.path());
        assertTrue(switched.messages().contains("Enter the code from the way you chose"), switched.text());
        assertTrue(switched.text().contains("Use a code from my authenticator app"), "and back: " + switched.text());
        Browser.Page desk = browser.submit(switched, "code", Map.of("otp", SentCodeBrowsing.emailCode(email, 1)), "verify");
        assertEquals("/desk.xhtml", desk.path(), desk.text());
    }

    /** In chromium: a user whose default is an emailed code takes the app instead. */
    public static void appInsteadOfEmailInChromium(String username, String password, String seed) throws Exception {
        try (ConsoleBrowser user = new ConsoleBrowser(Files.createTempDirectory("twofold-another-way"))) {
            user.passwordStep(username, password);
            assertTrue(user.text().contains("Use a code from my authenticator app"), user.text());
            user.submit("another:ways:0:switch");
            assertTrue(user.text().contains("Enter the code from the way you chose"), user.text());
            user.type("code:otp", new Authenticator(seed).nextCode());
            user.submit("code:verify");
            assertEquals("/desk.xhtml", user.path(), user.text());
        }
    }
}
