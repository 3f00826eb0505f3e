package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.it.ApiCalls;
import org.twofold.it.Browser;
import org.twofold.it.OidcBrowsing;
import org.twofold.it.TestNginx;

/**
 * A static site behind Debian's nginx, configured as docs/nginx-forward-auth.conf says, asking
 * Twofold on every request: a stranger is sent to sign in and comes back to the page, the site
 * hears who it is from Twofold and never from the browser, and only registered sites are
 * returned to.
 */
@ExtendWith(ArquillianExtension.class)
class ForwardAuthIT {

    private static final String ARCHIVE = "twofold-forward-auth-it";
    private static final String PASSWORD = "a long test password 321";
    // Plain constants: the server loads this class too, without the client-side helpers.
    private static final String READER = "fwd-reader";
    private static final String READER_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String OUTSIDER = "fwd-outsider";
    private static final String OUTSIDER_SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String WEBSITE_READER = "fwd-website";
    private static final String WEBSITE_SEED = "MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK";
    private static final String READERS = "Site readers";
    private static final String SITE = "https://localhost:9446/";

    private static Object nginx;

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class, TestApplications.class);
    }

    /**
     * A reader of the site, someone who is not, a reader whose roles ask only for the password
     * (a Website user), and the site, registered for its readers with a second factor.
     */
    @Dependent
    static class ReadersAndSite implements Fixture {

        @Inject
        private TestUsers users;

        @Inject
        private TestApplications applications;

        @Override
        public void prepare() throws Exception {
            if (users.exists(READER)) {
                return;
            }
            users.createWithApp(READER, PASSWORD, "fwd-reader@corp.example", READER_SEED, false);
            users.createWithApp(OUTSIDER, PASSWORD, null, OUTSIDER_SEED, false);
            users.createWithApp(WEBSITE_READER, PASSWORD, null, WEBSITE_SEED, false);
            users.makeWebsiteUser(WEBSITE_READER);
            applications.giveRole(READER, READERS);
            applications.giveRole(WEBSITE_READER, READERS);
            applications.register("static-site", "static-site-secret-not-used-by-forward-auth", List.of(SITE), List.of(), true,
                    List.of(READERS));
        }
    }

    @BeforeAll
    static void readersSiteAndNginx() throws Exception {
        Fixtures.prepare(ARCHIVE, ReadersAndSite.class);
        if (System.getProperty("twofold.it.wlp.dir") != null) { // on the client side only
            nginx = TestNginx.start();
        }
    }

    @AfterAll
    static void stopNginx() {
        if (nginx != null) {
            ((TestNginx) nginx).close();
        }
    }

    @Test
    @RunAsClient
    void aStrangerSignsInOnTwofoldAndIsBackOnThePageWhichHearsWhoItIs() throws Exception {
        Browser browser = new Browser();
        Browser.Page login = browser.open(URI.create(SITE + "reports/2026.html?year=2026"));
        assertEquals("/login.xhtml", login.path(), "sent to sign in: " + login.uri() + " " + ((TestNginx) nginx).errorLog());
        Browser.Page code = browser.submit(login, "login", Map.of("username", READER, "password", PASSWORD), "submit");
        Browser.Page page = OidcBrowsing.enterCode(browser, code, READER_SEED);
        assertEquals(URI.create(SITE + "reports/2026.html?year=2026"), page.uri(), "back on the page first asked for");
        assertEquals("Hello " + READER, page.html().getElementById("who").text());
        assertEquals("Groups: " + READERS, page.html().getElementById("groups").text());

        Browser.Page spoofed = browser.open(URI.create(SITE), "Remote-User", "Administrator");
        assertEquals("Hello " + READER, spoofed.html().getElementById("who").text(), "the browser's own header never reaches the site");
    }

    @Test
    @RunAsClient
    void aRemoteUserHeaderWithoutASignInGetsNoOneIn() {
        Browser.Page page = new Browser().open(URI.create(SITE), "Remote-User", "Administrator");
        assertEquals("/login.xhtml", page.path(), page.uri() + ": " + page.text());
    }

    @Test
    @RunAsClient
    void someoneWithoutTheSitesRoleIsRefused() throws Exception {
        Browser browser = OidcBrowsing.signedIn(OUTSIDER, PASSWORD, OUTSIDER_SEED);
        Browser.Page page = browser.open(URI.create(SITE));
        assertEquals(403, page.status(), page.uri() + ": " + page.text());
    }

    @Test
    @RunAsClient
    void afterSigningInTwofoldReturnsOnlyToRegisteredSites() throws Exception {
        Browser browser = new Browser();
        Browser.Page login = browser.get("/login.xhtml?rd=" + URLEncoder.encode("https://evil.example/steal", StandardCharsets.UTF_8));
        Browser.Page code = browser.submit(login, "login", Map.of("username", READER, "password", PASSWORD), "submit");
        Browser.Page after = OidcBrowsing.enterCode(browser, code, READER_SEED);
        assertEquals("/desk.xhtml", after.path(), "not sent to the unregistered site: " + after.uri());
    }

    @Test
    @RunAsClient
    void theOriginalAddressIsBelievedOnlyFromATrustedProxy() throws Exception {
        ApiCalls.Answer direct = ApiCalls.getWithHeader("/auth/forward", "X-Original-URL", SITE);
        assertEquals(403, direct.status(), "from the test, not a trusted proxy, no site is named: " + direct.body());
    }

    @Test
    @RunAsClient
    void aSiteThatWantsASecondFactorAsksAPasswordOnlyPersonForOneAndLetsThemIn() throws Exception {
        Browser browser = new Browser();
        Browser.Page login = browser.open(URI.create(SITE + "payslips.html"));
        Browser.Page code = browser.submit(login, "login", Map.of("username", WEBSITE_READER, "password", PASSWORD), "submit");
        assertEquals("/code.xhtml", code.path(), "the password was enough for Twofold, not for the site: " + code.uri() + " " + code.text());
        Browser.Page page = OidcBrowsing.enterCode(browser, code, WEBSITE_SEED);
        assertEquals(URI.create(SITE + "payslips.html"), page.uri());
        assertEquals("Hello " + WEBSITE_READER, page.html().getElementById("who").text());
    }
}
