package org.twofold.it;

import java.util.Map;

/** What a person meets after the command line changed the settings. */
public final class CliBrowsing {

    private CliBrowsing() {
    }

    /** The page a fresh browser lands on after a right password. */
    public static String afterPassword(String username, String password) {
        Browser browser = new Browser();
        return browser.submit(browser.get("/login.xhtml"), "login", Map.of("username", username, "password", password),
                "submit").path();
    }
}
