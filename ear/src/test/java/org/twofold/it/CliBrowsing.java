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

    /** A person at the prompts: the password, then the code from the email that has arrived meanwhile. */
    public static java.io.BufferedReader typingTheEmailedCode(String password, String address) {
        int next = TestMailServer.receivedFor(address).size() + 1;
        return new java.io.BufferedReader(new java.io.StringReader("")) {
            private int lines;

            @Override
            public String readLine() throws java.io.IOException {
                if (++lines == 1) {
                    return password;
                }
                try {
                    return SentCodeBrowsing.emailCode(address, next);
                } catch (Exception e) {
                    throw new java.io.IOException("no emailed code", e);
                }
            }
        };
    }

    /** The page a fresh browser lands on after a right password. */
    public static String afterPassword(String username, String password) {
        Browser browser = new Browser();
        return browser.submit(browser.get("/login.xhtml"), "login", Map.of("username", username, "password", password),
                "submit").path();
    }
}
