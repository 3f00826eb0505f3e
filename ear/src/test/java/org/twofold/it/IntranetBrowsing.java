package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

/**
 * A person in chromium using the intranet's applications on their own Liberty server, which
 * sign in through Twofold: the browser side of ExampleApplicationIT. Kept out of the
 * Arquillian test's signatures, which the server also loads.
 */
public final class IntranetBrowsing {

    private IntranetBrowsing() {
    }

    /**
     * Opens the wiki, signs in on Twofold with password and app code, is back in the wiki
     * greeted by name with their roles; opens the timesheet and is in without signing in again;
     * signs out in the wiki, which signs out of Twofold: the wiki asks for a sign-in again.
     */
    public static void signInOnceForBothApplicationsThenSignOut(Path profile, String username, String password, String seed,
                                                                 String role) throws Exception {
        try (ConsoleBrowser person = new ConsoleBrowser(profile)) {
            person.openElsewhere(TestIntranetServer.page("wiki", "/home"));
            assertEquals("/login.xhtml", person.path(), "the wiki sends the person to Twofold: " + person.url() + "\n" + person.text());
            person.type("login:username", username);
            person.type("login:password", password);
            person.submit("login:submit");
            assertEquals("/code.xhtml", person.path(), person.text());
            person.type("code:otp", new Authenticator(seed).nextCode());
            person.submit("code:verify");
            person.awaitUrl(TestIntranetServer.page("wiki", "/home"));
            assertEquals("Signed in as " + username, person.element("who").getText());
            assertEquals("Roles: " + role, person.element("roles").getText());
            assertEquals("Signed in with: mfa", person.element("acr").getText());

            person.openElsewhere(TestIntranetServer.page("timesheet", "/home"));
            person.awaitUrl(TestIntranetServer.page("timesheet", "/home")); // no second sign-in
            assertEquals("Signed in as " + username, person.element("who").getText());

            person.openElsewhere(TestIntranetServer.page("wiki", "/home"));
            person.submit("signOut");
            person.awaitUrl(TestIntranetServer.page("wiki", "/signed-out.html"));
            person.openElsewhere(TestIntranetServer.page("wiki", "/home"));
            assertEquals("/login.xhtml", person.path(), "signed out of Twofold too: " + person.url());
        }
    }
}
