package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;

/**
 * A person with a laptop that holds passkeys (Chromium's virtual authenticator): is offered one
 * on the Desk, adds it on the Security page, makes it the default, signs in with the password and the passkey, then with
 * the passkey alone; a cancelled passkey says so; removing it brings the app's code back.
 */
public final class PasskeyBrowsing {

    private PasskeyBrowsing() {
    }

    /** A newcomer sets up a passkey instead of an app, gets recovery codes, and signs in with it next time. */
    public static void firstFactor(String username, String password) throws Exception {
        try (ConsoleBrowser user = new ConsoleBrowser(Files.createTempDirectory("twofold-first-passkey"))) {
            VirtualAuthenticator laptop = user.addPlatformAuthenticator();
            user.passwordStep(username, password);
            assertEquals("/enrol.xhtml", user.path(), user.text());
            user.submit("usePasskeyInstead");
            assertEquals("/desk.xhtml", user.path(), "the new passkey signed in: " + user.text());
            assertTrue(user.has("recoveryCodes:newCodes"), "first recovery codes shown: " + user.text());
            assertEquals(1, laptop.getCredentials().size());
            user.open("/desk.xhtml");
            user.submit("signOut:signOutButton");

            user.passwordStep(username, password);
            assertEquals("/code.xhtml", user.path(), user.text());
            user.submit("usePasskey");
            assertEquals("/desk.xhtml", user.path(), "the passkey is the second step now: " + user.text());
        }
    }

    public static void addThenSignIn(String username, String password, String seed) throws Exception {
        try (ConsoleBrowser user = new ConsoleBrowser(Files.createTempDirectory("twofold-passkey"))) {
            VirtualAuthenticator laptop = user.addPlatformAuthenticator();
            Authenticator app = new Authenticator(seed);
            user.signIn(username, password, app);
            user.awaitShown("passkeyOffer"); // this laptop can keep a passkey: the Desk offers one
            user.submit("passkeyOfferForm:addPasskey");
            assertEquals("/account/security.xhtml", user.path());
            user.type("confirm:password", password);
            user.submit("confirm:confirmButton");
            user.type("addPasskey:passkeyName", "Laptop");
            user.submit("createPasskey");
            assertTrue(user.text().contains("The passkey was added"), user.text());
            assertEquals(1, laptop.getCredentials().size(), "the laptop holds the new passkey");
            assertTrue(laptop.getCredentials().get(0).isResidentCredential(), "a discoverable passkey, for signing in alone");
            assertEquals("Laptop", user.element("passkeys:passkeyList:0:shownName").getText());
            user.type("passkeys:passkeyList:0:name", "Work laptop");
            user.submit("passkeys:passkeyList:0:rename");
            assertEquals("Work laptop", user.element("passkeys:passkeyList:0:shownName").getText());
            user.submit("passkeys:passkeyList:0:makeDefault");
            user.open("/desk.xhtml");
            assertTrue(!user.has("passkeyOffer"), "no offer once a passkey is there");
            user.submit("signOut:signOutButton");

            user.passwordStep(username, password);
            assertEquals("/code.xhtml", user.path(), user.text());
            assertTrue(user.text().contains("Use my passkey"), user.text());
            user.submit("usePasskey");
            assertEquals("/desk.xhtml", user.path(), "signed in with the password and the passkey: " + user.text());
            user.submit("signOut:signOutButton");

            user.open("/login.xhtml");
            user.submit("signInWithPasskey");
            assertEquals("/desk.xhtml", user.path(), "signed in with the passkey alone: " + user.text());
            user.submit("signOut:signOutButton");

            laptop.setUserVerified(false); // the fingerprint is not recognised: the browser gives no answer
            user.open("/login.xhtml");
            user.submit("signInWithPasskey");
            assertEquals("/login.xhtml", user.path(), user.text());
            assertTrue(user.text().contains("No passkey was used"), "a passkey alone must verify the person: " + user.text());
            laptop.setUserVerified(true);

            laptop.removeAllCredentials(); // the laptop was wiped: its passkey is gone
            user.passwordStep(username, password);
            user.submit("usePasskey");
            assertEquals("/code.xhtml", user.path(), user.text());
            assertTrue(user.text().contains("No passkey was used"), user.text());
            user.submit("another:ways:0:switch");
            user.type("code:otp", app.nextCode());
            user.submit("code:verify");
            assertEquals("/desk.xhtml", user.path(), "the app still signs in: " + user.text());

            user.open("/account/security.xhtml");
            user.type("confirm:password", password);
            user.submit("confirm:confirmButton");
            user.submit("passkeys:passkeyList:0:remove");
            assertTrue(user.text().contains("The passkey was removed"), user.text());
            assertTrue(user.texts(By.cssSelector("[id$=':shownName']")).isEmpty(), "no passkey listed");
        }
    }
}
