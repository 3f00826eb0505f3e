package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

/** In chromium: a user whom no role asks for a second step switches one on for themselves. */
public final class OwnSecondStepBrowsing {

    private OwnSecondStepBrowsing() {
    }

    public static void switchOnThenAskedForACode(String username, String password) throws Exception {
        try (ConsoleBrowser user = new ConsoleBrowser(Files.createTempDirectory("twofold-own-step"))) {
            user.passwordStep(username, password);
            assertEquals("/desk.xhtml", user.path(), "the password alone: " + user.text());
            user.open("/account/security.xhtml");
            assertTrue(user.text().contains("No role requires a second step"), user.text());
            user.type("confirm:password", password);
            user.submit("confirm:confirmButton");
            user.submit("own:switchOn");
            assertTrue(user.text().contains("from your next sign-in, a code is asked for"), user.text());
            user.open("/desk.xhtml");
            user.submit("signOut:signOutButton");

            user.passwordStep(username, password);
            assertEquals("/code.xhtml", user.path(), "a code after the password now: " + user.text());
        }
    }
}
