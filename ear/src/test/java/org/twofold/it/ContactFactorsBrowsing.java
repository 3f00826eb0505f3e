package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.twofold.domain.challenge.Destinations;

/**
 * In chromium, as a user would: on the Security page, add one of their own addresses (the code
 * read from GreenMail), make it the default, sign out, and sign in with a code sent there.
 */
public final class ContactFactorsBrowsing {

    private ContactFactorsBrowsing() {
    }

    public static void addEmailThenSignInWithIt(String username, String password, String seed, String address)
            throws Exception {
        try (ConsoleBrowser user = new ConsoleBrowser(Files.createTempDirectory("twofold-contacts"))) {
            user.signIn(username, password, new Authenticator(seed));
            user.open("/account/security.xhtml");
            user.type("confirm:password", password);
            user.submit("confirm:confirmButton");
            assertTrue(user.text().contains("No email address or phone number is confirmed"), user.text());

            assertTrue(user.text().contains("@example.test (main)"), "the main address is marked, spaced: " + user.text());
            assertTrue(user.element("addEmail:destination:1").isSelected(), "the recommended address is chosen already");
            assertTrue(user.text().contains(address + " (recommended)"), "and marked: " + user.text());
            user.submit("addEmail:send");
            assertTrue(user.text().contains("A code went to " + Destinations.maskEmail(address)), user.text());
            user.type("addEmail:code", SentCodeBrowsing.emailCode(address, 1, "Confirm this address for sign-in"));
            user.submit("addEmail:confirm");
            assertTrue(user.text().contains("Confirmed: codes sent there now sign you in"), user.text());
            assertEquals(Destinations.maskEmail(address), user.element("contacts:contactList:0:where").getText());

            user.submit("contacts:contactList:0:makeDefault");
            assertTrue(user.text().contains("sign-in now asks first for this one"), user.text());
            assertTrue(user.text().contains("a code emailed to " + Destinations.maskEmail(address)), user.text());

            user.open("/desk.xhtml");
            user.submit("signOut:signOutButton");
            user.passwordStep(username, password);
            assertTrue(user.text().contains(Destinations.maskEmail(address)), "the code step names the address: " + user.text());
            user.type("code:otp", SentCodeBrowsing.emailCode(address, 2));
            user.submit("code:verify");
            assertEquals("/desk.xhtml", user.path(), user.text());
        }
    }
}
