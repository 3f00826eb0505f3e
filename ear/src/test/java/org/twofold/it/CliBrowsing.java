package org.twofold.it;

import java.util.Map;

/** What a person meets after the command line changed the settings. */
public final class CliBrowsing {

    private CliBrowsing() {
    }

    /** {@code twofold login} at a terminal-less shell: the password and the app's current code piped in. */
    public static ApiCalls.Run login(java.nio.file.Path home, String username, String password, String seed)
            throws InterruptedException {
        return ApiCalls.twofoldAt(home, password + "\n" + new Authenticator(seed).nextCode() + "\n", "login", "--user", username);
    }

    /** The page a fresh browser lands on after a right password. */
    public static String afterPassword(String username, String password) {
        Browser browser = new Browser();
        return browser.submit(browser.get("/login.xhtml"), "login", Map.of("username", username, "password", password),
                "submit").path();
    }
}
