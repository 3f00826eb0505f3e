package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

/** A user adding a second authenticator app on the Security page, then removing the first, and signing out there. */
public final class OwnAppsBrowsing {

    private OwnAppsBrowsing() {
    }

    public static void addThenRemove(String username, String password, String seed) throws Exception {
        Authenticator firstApp = new Authenticator(seed);
        Browser browser = new Browser();
        Browser.Page desk = browser.submit(password(browser, username, password), "code",
                Map.of("otp", firstApp.nextCode()), "verify");
        assertEquals("/desk.xhtml", desk.path(), desk.text());

        Browser.Page security = browser.submit(browser.get("/account/security.xhtml"), "confirm",
                Map.of("password", password), "confirmButton");
        assertTrue(security.messages().contains("Password confirmed"), security.text());
        assertEquals(null, security.html().getElementById("confirmedNote"), "one box says it, not two");
        Browser.Page adding = browser.submit(security, "apps", Map.of(), "addApp");
        String secret = adding.html().getElementById("secret").text().replace(" ", "");
        HttpResponse<byte[]> qr = browser.getBytes("/signin/qr.png");
        assertEquals(200, qr.statusCode(), "the new app's QR code");
        assertEquals("image/png", qr.headers().firstValue("Content-Type").orElse(""));

        Authenticator secondApp = new Authenticator(secret);
        Browser.Page added = browser.submit(adding, "apps", Map.of("newAppCode", secondApp.nextCode()), "confirmApp");
        assertTrue(added.messages().contains("The new app is set up"), added.text());
        assertEquals(2, added.html().select("[id^=apps:appList:][id$=:remove]").size(), added.text());

        Browser.Page removed = browser.submit(added, "apps", Map.of(), "appList:0:remove");
        assertTrue(removed.messages().contains("The app is removed"), removed.text());
        Browser.Page kept = browser.submit(removed, "apps", Map.of(), "appList:0:remove");
        assertTrue(kept.messages().contains("This is your only second factor"), kept.text());
        Browser.Page again = browser.get("/account/security.xhtml");
        assertTrue(again.html().getElementById("confirmedNote") != null, "later, the note says the password is confirmed");
        Browser.Page out = browser.submit(again, "signOut", Map.of(), "signOutButton");
        assertEquals("/login.xhtml", browser.get("/desk.xhtml").path(), "signed out from the Security page: " + out.text());

        Browser.Page code = password(browser, username, password);
        Browser.Page refused = browser.submit(code, "code", Map.of("otp", firstApp.nextCode()), "verify");
        assertEquals("/code.xhtml", refused.path(), "the removed app's code fails: " + refused.text());
        Browser.Page signedIn = browser.submit(refused, "code", Map.of("otp", secondApp.nextCode()), "verify");
        assertEquals("/desk.xhtml", signedIn.path(), signedIn.text());
    }

    private static Browser.Page password(Browser browser, String username, String password) {
        Browser.Page login = browser.get("/login.xhtml");
        return browser.submit(login, "login", Map.of("username", username, "password", password), "submit");
    }
}
