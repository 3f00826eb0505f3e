package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every response forbids framing, plugins, a foreign base URL and foreign form targets; on
 * every page, scripts run only from Twofold itself or with the page's nonce.
 */
class SecurityHeadersIT {

    private static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    private static final Pattern SCRIPT_POLICY = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

    @Test
    void pagesAndErrorPagesCarryTheContentSecurityPolicy() {
        for (String path : new String[] {"/login.xhtml", "/no-such-page.xhtml", "/signin/qr.png"}) {
            Browser.Page page = new Browser().get(path);
            assertEquals(POLICY, page.response().headers().firstValue("Content-Security-Policy").orElse(""), path);
            assertEquals("DENY", page.response().headers().firstValue("X-Frame-Options").orElse(""), path);
        }
    }

    @Test
    void theBrowsersIconRequestIsAnsweredNotAnIncidentInTheLog() throws Exception {
        java.net.http.HttpResponse<byte[]> icon = new Browser().getBytes("/favicon.ico");
        assertEquals(200, icon.statusCode());
        assertEquals(0, icon.body()[0]);
        assertEquals(1, icon.body()[2], "an ICO file");
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                icon.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void everyScriptOnAPageCarriesItsNonceAndNoElementHasAnInlineHandler() {
        for (String path : new String[] {"/login.xhtml", "/no-such-page.xhtml"}) {
            Browser.Page page = new Browser().get(path);
            String nonce = nonceOf(page);
            Document html = page.html();
            for (Element script : html.select("script:not([src])")) {
                assertEquals(nonce, script.attr("nonce"), path + ": " + script.outerHtml());
            }
            for (Element element : html.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().startsWith("on"), path + ": " + element.outerHtml());
                }
            }
        }
    }

    @Test
    void formsCarryTheNonceSoTheyPostWithoutJavaScript() {
        Browser browser = new Browser();
        Browser.Page login = browser.get("/login.xhtml");
        String nonce = nonceOf(login);
        assertEquals(nonce, login.html().select("#login input[name=primefaces.nonce]").val());

        // An empty form fails validation and the page is shown again, with its message.
        Browser.Page again = browser.submit(login, "login", Map.of("username", "", "password", ""), "submit");
        assertEquals(200, again.status());
        assertTrue(again.path().endsWith("/login.xhtml"), again.path());
        assertFalse(again.messages().isEmpty(), again.text());
    }

    @Test
    void aFormPostedWithAnotherPagesNonceIsABadRequestNotAServerError() {
        Browser browser = new Browser();
        Browser.Page login = browser.get("/login.xhtml");
        Browser.Page answer = browser.submit(login, "login", Map.of("username", "", "password", ""), "submit",
                Map.of("primefaces.nonce", "bm90LXRoaXMtcGFnZXMtbm9uY2U="));
        assertEquals(400, answer.status(), answer.text());
    }

    private static String nonceOf(Browser.Page page) {
        List<String> policies = page.response().headers().allValues("Content-Security-Policy");
        for (String policy : policies) {
            Matcher nonce = SCRIPT_POLICY.matcher(policy);
            if (nonce.find()) {
                return nonce.group(1);
            }
        }
        throw new AssertionError(page.path() + " has no script policy with a nonce: " + policies);
    }
}
