package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.util.Map;
import org.twofold.testing.SoftwareAuthenticator;

/**
 * What a page's passkey script does, without the browser: fetch the ceremony's options, have an
 * authenticator (here one in software) answer them, post the answer with the page's form.
 */
public final class PasskeyHttp {

    private PasskeyHttp() {
    }

    /** The origin answers are made on: Twofold's own address, as a browser would put it. */
    public static String origin() {
        return Browser.BASE.getScheme() + "://" + Browser.BASE.getHost() + (Browser.BASE.getPort() == -1 ? "" : ":" + Browser.BASE.getPort());
    }

    /** Adds a passkey on the Security page of a signed-in browser; returns the authenticator that holds it. */
    public static SoftwareAuthenticator register(Browser browser, String password, String name) throws Exception {
        Browser.Page security = browser.submit(browser.get("/account/security.xhtml"), "confirm",
                Map.of("password", password), "confirmButton");
        Map<String, Object> options = options(browser, "register");
        Map<String, Object> rp = JSONObjectUtils.getJSONObject(options, "rp");
        Map<String, Object> user = JSONObjectUtils.getJSONObject(options, "user");
        SoftwareAuthenticator key = new SoftwareAuthenticator((String) rp.get("id"), (String) user.get("id"));
        Browser.Page added = browser.submit(security, "addPasskey", Map.of("passkeyName", name,
                "answer", key.register((String) options.get("challenge"), origin(), true)), "sendAnswer");
        assertTrue(added.messages().contains("The passkey was added"), added.text());
        return key;
    }

    /** Answers the code page's "Use my passkey" with this authenticator; returns where the browser went. */
    public static Browser.Page use(Browser browser, Browser.Page codePage, SoftwareAuthenticator key) throws Exception {
        Map<String, Object> options = options(browser, "second-step");
        return browser.submit(codePage, "passkey", Map.of("answer",
                key.signIn((String) options.get("challenge"), origin(), true)), "sendAnswer");
    }

    private static Map<String, Object> options(Browser browser, String purpose) throws Exception {
        Browser.Page answer = browser.post("/signin/passkey-options?for=" + purpose);
        assertEquals(200, answer.status(), answer.body());
        return JSONObjectUtils.parse(answer.body());
    }
}
