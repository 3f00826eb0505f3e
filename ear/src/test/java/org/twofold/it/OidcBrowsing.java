package org.twofold.it;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A person in a browser, sent to Twofold by an application: signs in and is sent back. */
public final class OidcBrowsing {

    /** One phone app per seed, so that no code is given twice (Twofold refuses a replay). */
    private static final Map<String, Authenticator> APPS = new ConcurrentHashMap<>();

    private OidcBrowsing() {
    }

    /**
     * Opens the application's authorization request, signs in on the pages it leads to (the
     * password, then a code from the app holding {@code seed} when one is asked; null: none
     * expected), and answers where Twofold sent the browser back to.
     */
    public static URI signInFromApplication(Browser browser, URI authorizationRequest, String username, String password, String seed)
            throws InterruptedException {
        return signInFromApplicationPage(browser, browser.open(authorizationRequest), username, password, seed);
    }

    /** As above, from the sign-in page the application's request led to. */
    public static URI signInFromApplicationPage(Browser browser, Browser.Page login, String username, String password, String seed)
            throws InterruptedException {
        if (!login.path().equals("/login.xhtml")) {
            throw new AssertionError("expected the sign-in page, got " + login.uri() + ": " + login.text());
        }
        Browser.Page next = browser.submit(login, "login", Map.of("username", username, "password", password), "submit");
        if (next.path().equals("/code.xhtml")) {
            if (seed == null) {
                throw new AssertionError("a code was asked of a password-only person");
            }
            next = enterCode(browser, next, seed);
        }
        if (next.uri().getHost().equals(Browser.BASE.getHost())) {
            throw new AssertionError("not sent back to the application: " + next.uri() + ": " + next.text());
        }
        return next.uri();
    }

    /** A browser signed in to Twofold itself (on the Desk), with the app holding {@code seed}. */
    public static Browser signedIn(String username, String password, String seed) throws InterruptedException {
        Browser browser = new Browser();
        Browser.Page login = browser.get("/login.xhtml");
        Browser.Page code = browser.submit(login, "login", Map.of("username", username, "password", password), "submit");
        Browser.Page desk = enterCode(browser, code, seed);
        if (!desk.path().equals("/desk.xhtml")) {
            throw new AssertionError("not signed in: " + desk.uri() + ": " + desk.text());
        }
        return browser;
    }

    /** Types the next code of the app holding {@code seed} on the code page. */
    public static Browser.Page enterCode(Browser browser, Browser.Page codePage, String seed) throws InterruptedException {
        String code = APPS.computeIfAbsent(seed, Authenticator::new).nextCode();
        return browser.submit(codePage, "code", Map.of("otp", code), "verify");
    }
}
