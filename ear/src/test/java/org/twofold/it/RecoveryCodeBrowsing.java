package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;

/** Recovery codes as a user meets them: created on the Security page, downloaded, then used instead of the app. */
public final class RecoveryCodeBrowsing {

    private RecoveryCodeBrowsing() {
    }

    public static void createUseAndReuse(String username, String password, String seed, String email) throws Exception {
        Browser browser = new Browser();
        Browser.Page desk = browser.submit(codePage(browser, username, password), "code",
                Map.of("otp", new Authenticator(seed).nextCode()), "verify");
        assertEquals("/desk.xhtml", desk.path(), desk.text());
        assertTrue(desk.text().contains("You have no recovery codes yet"), desk.text());

        Browser.Page security = browser.get("/account/security.xhtml");
        Browser.Page unconfirmed = browser.submit(security, "recoveryCodes", Map.of(), "create");
        assertTrue(unconfirmed.messages().contains("Confirm your password first"), unconfirmed.text());
        Browser.Page wrongPassword = browser.submit(unconfirmed, "confirm", Map.of("password", "not it"), "confirmButton");
        assertTrue(wrongPassword.messages().contains("That is not your password"), wrongPassword.text());
        Browser.Page confirmed = browser.submit(wrongPassword, "confirm", Map.of("password", password), "confirmButton");
        assertTrue(confirmed.messages().contains("Password confirmed"), confirmed.text());
        Browser.Page created = browser.submit(confirmed, "recoveryCodes", Map.of(), "create");
        List<String> codes = created.html().select("ol.tf-codes code").eachText();
        assertEquals(10, codes.size(), created.text());
        assertTrue(created.text().contains("They are shown only now"), created.text());

        HttpResponse<byte[]> download = browser.getBytes("/account/recovery-codes.txt");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String file = new String(download.body(), StandardCharsets.UTF_8);
        codes.forEach(code -> assertTrue(file.contains(code), file));

        Browser.Page saved = browser.submit(created, "recoveryCodes", Map.of(), "saved");
        assertTrue(saved.html().select("ol.tf-codes").isEmpty(), "shown until saved, then never again");
        assertTrue(saved.text().contains("You have 10 unused recovery codes"), saved.text());
        assertEquals(404, browser.getBytes("/account/recovery-codes.txt").statusCode());
        browser.submit(browser.get("/desk.xhtml"), "signOut", Map.of(), "signOutButton");

        // The phone is lost: a recovery code instead of the app's code.
        Browser again = new Browser();
        Browser.Page signedIn = again.submit(codePage(again, username, password), "recovery",
                Map.of("recoveryCode", codes.get(0).toUpperCase()), "useRecoveryCode");
        assertEquals("/desk.xhtml", signedIn.path(), signedIn.text());
        assertTrue(signedIn.text().contains("You have 9 unused recovery codes"), signedIn.text());
        assertTrue(awaitMail(email, "A recovery code was used to sign in"), "the user is told");
        again.submit(signedIn, "signOut", Map.of(), "signOutButton");

        Browser third = new Browser();
        Browser.Page refused = third.submit(codePage(third, username, password), "recovery",
                Map.of("recoveryCode", codes.get(0)), "useRecoveryCode");
        assertEquals("/code.xhtml", refused.path());
        assertTrue(refused.messages().contains("not one of your unused recovery codes"), refused.text());
        Element field = refused.html().getElementById("recovery:recoveryCode");
        assertEquals("", field == null ? "" : field.attr("value"), "the typed code is not shown again");
    }

    /** In chromium: codes created on the Security page, then one signs in instead of the app. */
    public static void createThenUseOneInChromium(String username, String password, String seed) throws Exception {
        try (ConsoleBrowser user = new ConsoleBrowser(Files.createTempDirectory("twofold-recovery"))) {
            user.signIn(username, password, new Authenticator(seed));
            user.open("/account/security.xhtml");
            user.type("confirm:password", password);
            user.submit("confirm:confirmButton");
            user.submit("recoveryCodes:create");
            List<String> codes = user.texts(By.cssSelector("ol.tf-codes code"));
            assertEquals(10, codes.size(), user.text());
            user.submit("recoveryCodes:saved");
            user.open("/desk.xhtml");
            user.submit("signOut:signOutButton");

            user.passwordStep(username, password);
            user.type("recovery:recoveryCode", codes.get(3));
            user.submit("recovery:useRecoveryCode");
            assertEquals("/desk.xhtml", user.path(), user.text());
            assertTrue(user.text().contains("You have 9 unused recovery codes"), user.text());
        }
    }

    private static Browser.Page codePage(Browser browser, String username, String password) {
        Browser.Page login = browser.get("/login.xhtml");
        Browser.Page code = browser.submit(login, "login", Map.of("username", username, "password", password), "submit");
        assertEquals("/code.xhtml", code.path(), code.text());
        return code;
    }

    private static boolean awaitMail(String address, String subject) throws Exception {
        for (int i = 0; i < 40; i++) {
            for (MimeMessage message : TestMailServer.receivedFor(address)) {
                if (subject.equals(message.getSubject())) {
                    return true;
                }
            }
            Thread.sleep(250);
        }
        return false;
    }
}
