package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

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
     * greeted by name with their roles; opens the timesheet and is in without signing in again.
     * Signs out on Twofold's Desk: both applications ask for a sign-in again. Signs in to the
     * wiki once more and signs out there, which signs out of Twofold too.
     */
    public static void signInOnceForBothApplicationsThenSignOut(Path profile, String username, String password, String seed,
                                                                 String role) throws Exception {
        Authenticator app = new Authenticator(seed);
        try (ConsoleBrowser person = new ConsoleBrowser(profile)) {
            signInThroughTwofold(person, "wiki", username, password, app);
            assertEquals("Signed in as " + username, person.element("who").getText());
            assertEquals("Roles: " + role, person.element("roles").getText());
            assertEquals("Signed in with: mfa", person.element("acr").getText());

            person.openElsewhere(TestIntranetServer.page("timesheet", "/home"));
            person.awaitUrl(TestIntranetServer.page("timesheet", "/home")); // no second sign-in
            assertEquals("Signed in as " + username, person.element("who").getText());

            person.open("/desk.xhtml");
            person.submit("signOut:signOutButton");
            awaitSignInAsked(person, "wiki");
            awaitSignInAsked(person, "timesheet");

            signInThroughTwofold(person, "wiki", username, password, app);
            person.submit("signOut");
            person.awaitUrl(TestIntranetServer.page("wiki", "/signed-out.html"));
            person.openElsewhere(TestIntranetServer.page("wiki", "/home"));
            assertEquals("/login.xhtml", person.path(), "signed out of Twofold too: " + person.url());
        }
    }

    private static void signInThroughTwofold(ConsoleBrowser person, String application, String username, String password,
                                             Authenticator app) throws InterruptedException {
        person.openElsewhere(TestIntranetServer.page(application, "/home"));
        assertEquals("/login.xhtml", person.path(), "the application sends the person to Twofold: " + person.url() + "\n"
                + person.text());
        person.type("login:username", username);
        person.type("login:password", password);
        person.submit("login:submit");
        assertEquals("/code.xhtml", person.path(), person.text());
        person.type("code:otp", app.nextCode());
        person.submit("code:verify");
        person.awaitUrl(TestIntranetServer.page(application, "/home"));
    }

    /**
     * Opens the application until it sends the person to Twofold's sign-in page: Twofold tells
     * it of the sign-out in the background, a moment after the Desk's page has changed.
     */
    private static void awaitSignInAsked(ConsoleBrowser person, String application) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            person.openElsewhere(TestIntranetServer.page(application, "/home"));
            if ("/login.xhtml".equals(person.path())) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the " + application + " still lets the person in after they signed out of Twofold: "
                        + person.url() + "\n" + person.text() + "\n" + TestIntranetServer.log());
            }
            Thread.sleep(500);
        }
    }
}
