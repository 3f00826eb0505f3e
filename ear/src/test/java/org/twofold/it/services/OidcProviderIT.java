package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.it.ApiCalls;
import org.twofold.it.Browser;
import org.twofold.it.OidcBrowsing;
import org.twofold.it.TestApplication;

/**
 * Twofold as the intranet's OpenID Connect provider, from the applications' side: an
 * application sends the browser to sign in and gets a code, trades it for tokens whose
 * signature it checks against the published keys, and every attack of issue #30's list is
 * refused.
 */
@ExtendWith(ArquillianExtension.class)
class OidcProviderIT {

    private static final String ARCHIVE = "twofold-oidc-it";
    private static final String PASSWORD = "a long test password 321";
    // Plain constants: the server loads this class too, without the client-side helpers.
    private static final String PERSON = "oidc-person";
    private static final String PERSON_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String OTHER = "oidc-other";
    private static final String OTHER_SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String WEBSITE = "oidc-website";
    private static final String WEBSITE_SEED = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    private static final String LEAVER = "oidc-leaver";
    private static final String LEAVER_SEED = "MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK";
    private static final String ADMIN = "oidc-admin";
    private static final String ADMIN_SEED = "NBSWY3DPNBSWY3DPNBSWY3DPNBSWY3DP";
    // Two more people, so that no one signs in more than three times in a test run: a fourth
    // code within a minute would have to wait for the authenticator's next 30-second step.
    private static final String SECOND = "oidc-second";
    private static final String SECOND_SEED = "OVZWK4TDN5SGKZLSOVZWK4TDN5SGKZLS";
    private static final String THIRD = "oidc-third";
    private static final String THIRD_SEED = "PBXXIZLTORSW45DFPBXXIZLTORSW45DF";
    private static final String ADMIN_KEY = "token tfoidcadmin000001:admin-secret-for-the-oidc-test";
    private static final String EDITORS = "Wiki editors";
    private static final String WIKI_SECRET = "wiki-secret-for-the-oidc-test-only-0123456789";
    private static final String PAYROLL_SECRET = "payroll-secret-for-the-oidc-test-only-012345";
    private static final String WIKI_CALLBACK = "https://wiki.corp.example/cb";
    private static final String WIKI_BYE = "https://wiki.corp.example/bye";
    private static final String TIMESHEET_CALLBACK = "https://timesheet.corp.example/cb";
    private static final String PAYROLL_CALLBACK = "https://payroll.corp.example/cb";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class, TestApplications.class);
    }

    /** The people and the three applications: the wiki (editors only), the timesheet (public), payroll (second factor). */
    @Dependent
    static class PeopleAndApplications implements Fixture {

        @Inject
        private TestUsers users;

        @Inject
        private TestApplications applications;

        @Override
        public void prepare() throws Exception {
            if (users.exists(PERSON)) {
                return;
            }
            users.createWithApp(PERSON, PASSWORD, "oidc-person@corp.example", PERSON_SEED, false);
            users.createWithApp(OTHER, PASSWORD, null, OTHER_SEED, false);
            users.createWithApp(WEBSITE, PASSWORD, null, WEBSITE_SEED, false);
            users.makeWebsiteUser(WEBSITE);
            users.createWithApp(LEAVER, PASSWORD, null, LEAVER_SEED, false);
            users.createWithApp(ADMIN, PASSWORD, null, ADMIN_SEED, true);
            users.createWithApp(SECOND, PASSWORD, null, SECOND_SEED, false);
            users.createWithApp(THIRD, PASSWORD, null, THIRD_SEED, false);
            users.addApiKey(ADMIN, "tfoidcadmin000001", "admin-secret-for-the-oidc-test");
            applications.giveRole(PERSON, EDITORS);
            applications.register("wiki", WIKI_SECRET, List.of(WIKI_CALLBACK), List.of(WIKI_BYE), false, List.of(EDITORS));
            applications.register("timesheet", null, List.of(TIMESHEET_CALLBACK), List.of(), false, List.of());
            applications.register("payroll", PAYROLL_SECRET, List.of(PAYROLL_CALLBACK), List.of(), true, List.of());
        }
    }

    @BeforeAll
    static void peopleAndApplications() throws Exception {
        Fixtures.prepare(ARCHIVE, PeopleAndApplications.class);
    }

    @Test
    @RunAsClient
    void discoveryNamesTheEndpointsAndWhatIsSupported() throws Exception {
        ApiCalls.Answer discovery = ApiCalls.get("/.well-known/openid-configuration", null);
        assertEquals(200, discovery.status(), discovery.body());
        Map<String, Object> metadata = JSONObjectUtils.parse(discovery.body());
        String issuer = TestApplication.issuer();
        assertEquals(issuer, metadata.get("issuer"));
        assertEquals(issuer + "/oidc/authorize", metadata.get("authorization_endpoint"));
        assertEquals(issuer + "/oidc/token", metadata.get("token_endpoint"));
        assertEquals(issuer + "/oidc/jwks", metadata.get("jwks_uri"));
        assertEquals(issuer + "/oidc/logout", metadata.get("end_session_endpoint"));
        assertEquals(List.of("S256"), metadata.get("code_challenge_methods_supported"));
        assertEquals(List.of("pwd", "mfa", "phr"), metadata.get("acr_values_supported"));
        assertTrue(((List<?>) metadata.get("scopes_supported")).contains("groups"), discovery.body());
        ApiCalls.Answer keys = ApiCalls.get("/oidc/jwks", null);
        assertTrue(keys.body().contains("\"kty\":\"RSA\"") && !keys.body().contains("\"d\""), "public halves only: " + keys.body());
    }

    @Test
    @RunAsClient
    void aPersonSignsInWithPasswordAndAppCodeAndASecondApplicationNeedsNoNewSignIn() throws Exception {
        Browser browser = new Browser();
        TestApplication wiki = new TestApplication("wiki", WIKI_SECRET, WIKI_CALLBACK);
        TestApplication.Attempt attempt = wiki.start("openid profile email groups", Map.of());
        URI back = OidcBrowsing.signInFromApplication(browser, attempt.uri(), PERSON, PASSWORD, PERSON_SEED);
        Map<String, String> answer = TestApplication.parameters(back);
        assertTrue(back.toString().startsWith(WIKI_CALLBACK + "?"), back.toString());
        assertEquals(attempt.state().getValue(), answer.get("state"));
        assertEquals(TestApplication.issuer(), answer.get("iss"), "RFC 9207: the answer names its issuer");

        TestApplication.TokenAnswer tokens = wiki.redeem(answer.get("code"), attempt.verifier());
        assertTrue(tokens.ok(), tokens.body());
        Map<String, Object> json = JSONObjectUtils.parse(tokens.body());
        IDTokenClaimsSet claims = wiki.verified((String) json.get("id_token"), attempt.nonce());
        assertNotEquals(PERSON, claims.getSubject().getValue(), "the subject is not the username");
        assertEquals(PERSON, claims.getStringClaim("preferred_username"));
        assertEquals("oidc-person@corp.example", claims.getStringClaim("email"));
        assertEquals(List.of(EDITORS), claims.getStringListClaim("groups"));
        assertEquals("mfa", claims.getACR().getValue());
        assertTrue(claims.getAMR().stream().anyMatch(amr -> amr.getValue().equals("otp")), claims.toJSONObject().toString());
        assertTrue(claims.getAuthenticationTime() != null);

        ApiCalls.Answer userInfo = TestApplication.userInfo((String) json.get("access_token"));
        assertEquals(200, userInfo.status(), userInfo.body());
        Map<String, Object> person = JSONObjectUtils.parse(userInfo.body());
        assertEquals(claims.getSubject().getValue(), person.get("sub"));
        assertEquals("oidc-person@corp.example", person.get("email"));

        TestApplication timesheet = new TestApplication("timesheet", null, TIMESHEET_CALLBACK);
        TestApplication.Attempt second = timesheet.start("openid profile", Map.of());
        Browser.Page straightBack = browser.open(second.uri());
        assertTrue(straightBack.uri().toString().startsWith(TIMESHEET_CALLBACK + "?"), "no sign-in page: " + straightBack.uri());
        TestApplication.TokenAnswer publicTokens = timesheet.redeem(TestApplication.parameters(straightBack.uri()).get("code"),
                second.verifier());
        assertTrue(publicTokens.ok(), "a public application redeems with PKCE alone: " + publicTokens.body());
        IDTokenClaimsSet sameSubject = timesheet.verified((String) JSONObjectUtils.parse(publicTokens.body()).get("id_token"),
                second.nonce());
        assertEquals(claims.getSubject(), sameSubject.getSubject());
        assertEquals(null, sameSubject.getClaim("groups"), "groups only with the scope groups");
    }

    @Test
    @RunAsClient
    void promptNoneWithoutASessionAnswersLoginRequired() {
        TestApplication timesheet = new TestApplication("timesheet", null, TIMESHEET_CALLBACK);
        TestApplication.Attempt attempt = timesheet.start("openid", Map.of("prompt", "none"));
        Browser.Page answer = new Browser().open(attempt.uri());
        Map<String, String> parameters = TestApplication.parameters(answer.uri());
        assertTrue(answer.uri().toString().startsWith(TIMESHEET_CALLBACK), answer.uri().toString());
        assertEquals("login_required", parameters.get("error"));
        assertEquals(attempt.state().getValue(), parameters.get("state"));
    }

    @Test
    @RunAsClient
    void promptLoginAsksForTheSignInAgain() throws Exception {
        Browser browser = new Browser();
        TestApplication timesheet = new TestApplication("timesheet", null, TIMESHEET_CALLBACK);
        OidcBrowsing.signInFromApplication(browser, timesheet.start("openid", Map.of()).uri(), LEAVER, PASSWORD,
                LEAVER_SEED);
        Browser.Page again = browser.open(timesheet.start("openid", Map.of("prompt", "login")).uri());
        assertEquals("/login.xhtml", again.path(), "prompt=login shows the sign-in page though the session stands");
        assertEquals(200, again.status(), again.text());
        URI back = OidcBrowsing.signInFromApplicationPage(browser, again, LEAVER, PASSWORD, LEAVER_SEED);
        assertTrue(back.toString().startsWith(TIMESHEET_CALLBACK) && TestApplication.parameters(back).containsKey("code"),
                "and returns with a code after it: " + back);
    }

    @Test
    @RunAsClient
    void redirectAddressesAreComparedExactlyAndUnknownOnesGetAPageNotARedirect() {
        for (String address : List.of(WIKI_CALLBACK + "/more", WIKI_CALLBACK + "?next=https://evil.example/", "https://evil.example/cb")) {
            TestApplication wiki = new TestApplication("wiki", WIKI_SECRET, address);
            Browser.Page page = new Browser().open(wiki.start("openid", Map.of()).uri());
            assertEquals(400, page.status(), address + " -> " + page.uri());
            assertTrue(page.uri().getHost().equals(Browser.BASE.getHost()), "not sent anywhere: " + page.uri());
            assertTrue(page.text().contains("does not come from an application registered"), page.text());
        }
        Browser.Page unknown = new Browser().open(new TestApplication("nobody", null, WIKI_CALLBACK).start("openid", Map.of()).uri());
        assertEquals(400, unknown.status());
    }

    @Test
    @RunAsClient
    void aCodeWorksOnceAndUsingItAgainRevokesWhatItGave() throws Exception {
        TestApplication timesheet = new TestApplication("timesheet", null, TIMESHEET_CALLBACK);
        Browser browser = OidcBrowsing.signedIn(SECOND, PASSWORD, SECOND_SEED);
        TestApplication.Attempt attempt = timesheet.start("openid", Map.of());
        String code = TestApplication.parameters(browser.open(attempt.uri()).uri()).get("code");
        TestApplication.TokenAnswer first = timesheet.redeem(code, attempt.verifier());
        assertTrue(first.ok(), first.body());
        String accessToken = (String) JSONObjectUtils.parse(first.body()).get("access_token");
        assertEquals(200, TestApplication.userInfo(accessToken).status());

        TestApplication.TokenAnswer second = timesheet.redeem(code, attempt.verifier());
        assertEquals(400, second.status());
        assertTrue(second.body().contains("invalid_grant"), second.body());
        ApiCalls.Answer revoked = TestApplication.userInfo(accessToken);
        assertEquals(401, revoked.status(), "the first use's access token is revoked: " + revoked.body());
    }

    @Test
    @RunAsClient
    void aCodeIsNoGoodToAnotherApplicationNorWithoutTheRightVerifier() throws Exception {
        Browser browser = OidcBrowsing.signedIn(THIRD, PASSWORD, THIRD_SEED);
        TestApplication timesheet = new TestApplication("timesheet", null, TIMESHEET_CALLBACK);
        TestApplication wiki = new TestApplication("wiki", WIKI_SECRET, WIKI_CALLBACK);

        TestApplication.Attempt stolen = timesheet.start("openid", Map.of());
        String code = TestApplication.parameters(browser.open(stolen.uri()).uri()).get("code");
        TestApplication.TokenAnswer byWiki = wiki.redeem(code, URI.create(TIMESHEET_CALLBACK), stolen.verifier());
        assertTrue(byWiki.body().contains("invalid_grant"), byWiki.body());
        assertFalse(timesheet.redeem(code, stolen.verifier()).ok(), "tried by the wrong application, the code is spent");

        TestApplication.Attempt wrong = timesheet.start("openid", Map.of());
        String wrongCode = TestApplication.parameters(browser.open(wrong.uri()).uri()).get("code");
        assertTrue(timesheet.redeem(wrongCode, new com.nimbusds.oauth2.sdk.pkce.CodeVerifier()).body().contains("invalid_grant"));

        TestApplication.Attempt missing = timesheet.start("openid", Map.of());
        String missingCode = TestApplication.parameters(browser.open(missing.uri()).uri()).get("code");
        assertTrue(timesheet.redeem(missingCode, null).body().contains("invalid_grant"));

        TestApplication.TokenAnswer badSecret = new TestApplication("wiki", "not-the-secret", WIKI_CALLBACK).redeem("x", null);
        assertEquals(401, badSecret.status());
        assertTrue(badSecret.body().contains("invalid_client"), badSecret.body());

        String withoutPkce = timesheet.start("openid", Map.of()).uri().toString()
                .replaceAll("&?code_challenge(_method)?=[^&]*", "");
        Map<String, String> refused = TestApplication.parameters(browser.open(URI.create(withoutPkce)).uri());
        assertEquals("invalid_request", refused.get("error"), "a public application must use PKCE: " + refused);
    }

    @Test
    @RunAsClient
    void anApplicationThatDemandsASecondFactorGetsOneFromAPasswordOnlyPerson() throws Exception {
        Browser browser = new Browser();
        TestApplication timesheet = new TestApplication("timesheet", null, TIMESHEET_CALLBACK);
        TestApplication.Attempt plain = timesheet.start("openid", Map.of());
        URI back = OidcBrowsing.signInFromApplication(browser, plain.uri(), WEBSITE, PASSWORD, null);
        TestApplication.TokenAnswer tokens = timesheet.redeem(TestApplication.parameters(back).get("code"), plain.verifier());
        assertEquals("pwd", timesheet.verified((String) JSONObjectUtils.parse(tokens.body()).get("id_token"), plain.nonce())
                .getACR().getValue(), "the password alone, as the roles ask");

        TestApplication payroll = new TestApplication("payroll", PAYROLL_SECRET, PAYROLL_CALLBACK);
        TestApplication.Attempt demanding = payroll.start("openid", Map.of());
        Browser.Page codePage = browser.open(demanding.uri());
        assertEquals("/code.xhtml", codePage.path(), "asked for a code, not the password again: " + codePage.text());
        Browser.Page after = OidcBrowsing.enterCode(browser, codePage, WEBSITE_SEED);
        Map<String, String> answer = TestApplication.parameters(after.uri());
        TestApplication.TokenAnswer stepped = payroll.redeem(answer.get("code"), demanding.verifier());
        assertTrue(stepped.ok(), stepped.body());
        assertEquals("mfa", payroll.verified((String) JSONObjectUtils.parse(stepped.body()).get("id_token"), demanding.nonce())
                .getACR().getValue());

        TestApplication.Attempt asked = timesheet.start("openid", Map.of("acr_values", "mfa"));
        assertTrue(browser.open(asked.uri()).uri().toString().startsWith(TIMESHEET_CALLBACK),
                "the session has its second factor now");
    }

    @Test
    @RunAsClient
    void aPersonWithoutTheApplicationsRolesGetsAPageSayingSo() throws Exception {
        Browser browser = OidcBrowsing.signedIn(OTHER, PASSWORD, OTHER_SEED);
        Browser.Page refused = browser.open(new TestApplication("wiki", WIKI_SECRET, WIKI_CALLBACK).start("openid", Map.of()).uri());
        assertEquals(403, refused.status(), refused.uri().toString());
        assertTrue(refused.text().contains("not among those this application lets in"), refused.text());
        assertTrue(refused.text().contains("Test wiki"), "names the application: " + refused.text());
    }

    @Test
    @RunAsClient
    void signingOutThroughAnApplicationEndsTheTwofoldSessionAndReturnsOnlyWhereRegistered() throws Exception {
        Browser browser = new Browser();
        TestApplication wiki = new TestApplication("wiki", WIKI_SECRET, WIKI_CALLBACK);
        TestApplication.Attempt attempt = wiki.start("openid", Map.of());
        URI back = OidcBrowsing.signInFromApplication(browser, attempt.uri(), PERSON, PASSWORD, PERSON_SEED);
        String idToken = (String) JSONObjectUtils.parse(wiki.redeem(TestApplication.parameters(back).get("code"),
                attempt.verifier()).body()).get("id_token");

        Browser.Page elsewhere = browser.open(Browser.BASE.resolve("/oidc/logout?id_token_hint=" + idToken
                + "&post_logout_redirect_uri=" + URLEncoder.encode("https://evil.example/", StandardCharsets.UTF_8)));
        assertEquals("/login.xhtml", elsewhere.path(), "an unregistered address is not followed: " + elsewhere.uri());

        URI signIn = OidcBrowsing.signInFromApplication(browser, wiki.start("openid", Map.of()).uri(), PERSON, PASSWORD,
                PERSON_SEED);
        Browser.Page out = browser.open(Browser.BASE.resolve("/oidc/logout?id_token_hint=" + idToken + "&state=s1"
                + "&post_logout_redirect_uri=" + URLEncoder.encode(WIKI_BYE, StandardCharsets.UTF_8)));
        assertEquals(URI.create(WIKI_BYE + "?state=s1"), out.uri(), "back to the registered address, with the state");
        assertTrue(signIn.toString().startsWith(WIKI_CALLBACK));
        assertEquals("/login.xhtml", browser.open(wiki.start("openid", Map.of()).uri()).path(), "the Twofold session has ended");
    }

    @Test
    @RunAsClient
    void aDisabledPersonsAccessTokenStopsWorking() throws Exception {
        Browser browser = OidcBrowsing.signedIn(LEAVER, PASSWORD, LEAVER_SEED);
        TestApplication timesheet = new TestApplication("timesheet", null, TIMESHEET_CALLBACK);
        TestApplication.Attempt attempt = timesheet.start("openid", Map.of());
        String code = TestApplication.parameters(browser.open(attempt.uri()).uri()).get("code");
        String accessToken = (String) JSONObjectUtils.parse(timesheet.redeem(code, attempt.verifier()).body()).get("access_token");
        assertEquals(200, TestApplication.userInfo(accessToken).status());
        try {
            assertEquals(200, ApiCalls.call("PATCH", "users/" + LEAVER, ADMIN_KEY, "{\"enabled\": false}").status());
            assertEquals(401, TestApplication.userInfo(accessToken).status());
        } finally {
            ApiCalls.call("PATCH", "users/" + LEAVER, ADMIN_KEY, "{\"enabled\": true}");
        }
    }

    @Test
    @RunAsClient
    void applicationsAreRegisteredThroughTheApiWithTheSecretShownOnce() throws Exception {
        ApiCalls.call("DELETE", "clients/reports", ADMIN_KEY, null);
        ApiCalls.Answer bad = ApiCalls.call("POST", "clients", ADMIN_KEY,
                "{\"clientId\": \"reports\", \"redirectUris\": [\"http://reports.corp.example/cb\"]}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("https://"), bad.body());
        assertEquals(404, ApiCalls.call("GET", "clients/reports", ADMIN_KEY, null).status(), "nothing was registered");

        ApiCalls.Answer created = ApiCalls.call("POST", "clients", ADMIN_KEY, "{\"clientId\": \"reports\", \"name\": \"Reports\","
                + " \"redirectUris\": [\"https://reports.corp.example/cb\"], \"public\": false, \"requireSecondFactor\": true,"
                + " \"backchannelLogoutUri\": \"https://reports.corp.example/backchannel-logout\","
                + " \"allowedRoles\": []}");
        assertEquals(201, created.status(), created.body());
        String secret = (String) JSONObjectUtils.parse(created.body()).get("clientSecret");
        assertTrue(secret != null && secret.length() >= 40, created.body());
        ApiCalls.Answer shown = ApiCalls.call("GET", "clients/reports", ADMIN_KEY, null);
        assertFalse(shown.body().contains(secret) || shown.body().contains("\"clientSecret\":\""), shown.body());
        assertTrue(shown.body().contains("\"public\":false") && shown.body().contains("\"requireSecondFactor\":true")
                && shown.body().contains("\"backchannelLogoutUri\":\"https://reports.corp.example/backchannel-logout\""), shown.body());
        assertEquals(400, ApiCalls.call("PATCH", "clients/reports", ADMIN_KEY, "{\"backchannelLogoutUri\": \"http://evil.example/\"}").status(),
                "a plain-HTTP back-channel address is refused");

        assertEquals(409, ApiCalls.call("POST", "clients", ADMIN_KEY,
                "{\"clientId\": \"reports\", \"redirectUris\": [\"https://reports.corp.example/cb\"]}").status());
        ApiCalls.Answer renamed = ApiCalls.call("PATCH", "clients/reports", ADMIN_KEY, "{\"name\": \"Monthly reports\"}");
        assertTrue(renamed.body().contains("Monthly reports"), renamed.body());
        ApiCalls.Answer newSecret = ApiCalls.call("POST", "clients/reports/secret", ADMIN_KEY, null);
        assertNotEquals(secret, JSONObjectUtils.parse(newSecret.body()).get("clientSecret"));
        TestApplication.TokenAnswer oldSecret = new TestApplication("reports", secret, "https://reports.corp.example/cb").redeem("x", null);
        assertEquals(401, oldSecret.status(), "the old secret stopped working");
        assertEquals(204, ApiCalls.call("DELETE", "clients/reports", ADMIN_KEY, null).status());
        assertEquals(404, ApiCalls.call("GET", "clients/reports", ADMIN_KEY, null).status());
    }

    @Test
    @RunAsClient
    void itRegistersApplicationsAndRotatesTheSigningKeyFromTheCommandLine() throws Exception {
        String key = "tfoidcadmin000001:admin-secret-for-the-oidc-test";
        ApiCalls.twofold(key, "client", "remove", "intranet-spa");
        ApiCalls.Run added = ApiCalls.twofold(key, "client", "add", "intranet-spa", "--public", "--name", "Intranet home",
                "--redirect-uri", "https://home.corp.example/cb", "--role", EDITORS);
        assertEquals(0, added.code(), added.err());
        assertTrue(added.out().contains("It is public"), added.out());
        ApiCalls.Run listed = ApiCalls.twofold(key, "client", "list");
        assertTrue(listed.out().contains("intranet-spa") && listed.out().contains("Intranet home"), listed.out());
        ApiCalls.Run changed = ApiCalls.twofold(key, "client", "update", "intranet-spa", "--require-second-factor", "on");
        assertEquals(0, changed.code(), changed.err());
        assertTrue(ApiCalls.twofold(key, "client", "show", "intranet-spa").out().contains("required"));
        ApiCalls.Run refused = ApiCalls.twofold(key, "client", "new-secret", "intranet-spa");
        assertNotEquals(0, refused.code());
        assertTrue(refused.err().contains("public application has no secret"), refused.err());
        assertEquals(0, ApiCalls.twofold(key, "client", "remove", "intranet-spa").code());

        String before = ApiCalls.twofold(key, "--json", "signing-key", "list").out();
        ApiCalls.Run rotated = ApiCalls.twofold(key, "signing-key", "rotate");
        assertEquals(0, rotated.code(), rotated.err());
        String newKey = rotated.out().substring(rotated.out().lastIndexOf(' ') + 1).trim();
        assertFalse(before.contains(newKey), "a key that did not exist before: " + newKey);
        ApiCalls.Answer published = ApiCalls.get("/oidc/jwks", null);
        assertTrue(published.body().contains(newKey), published.body());
        String oldKey = (String) ((Map<?, ?>) com.nimbusds.jose.util.JSONArrayUtils.parse(before).get(0)).get("keyId");
        assertTrue(published.body().contains(oldKey), "the old key still verifies what it signed: " + published.body());
    }

    @Test
    @RunAsClient
    void aLogoutHintTwofoldDidNotSignSendsNoOneBackToTheApplication() throws Exception {
        com.nimbusds.jwt.JWTClaimsSet claims = new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer(TestApplication.issuer())
                .audience("wiki").subject("1").build();
        String unsigned = new com.nimbusds.jwt.PlainJWT(claims).serialize();
        com.nimbusds.jose.jwk.RSAKey otherKey = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("not-twofolds").generate();
        com.nimbusds.jwt.SignedJWT foreign = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256).keyID(otherKey.getKeyID()).build(), claims);
        foreign.sign(new com.nimbusds.jose.crypto.RSASSASigner(otherKey));
        for (String hint : List.of(unsigned, foreign.serialize(), "not.a.token")) {
            Browser.Page out = new Browser().open(Browser.BASE.resolve("/oidc/logout?id_token_hint=" + hint
                    + "&post_logout_redirect_uri=" + URLEncoder.encode(WIKI_BYE, StandardCharsets.UTF_8)));
            assertEquals("/login.xhtml", out.path(), "alg none, another key, or garbage: not followed: " + out.uri());
        }
        String bye = "&post_logout_redirect_uri=" + URLEncoder.encode(WIKI_BYE, StandardCharsets.UTF_8);
        assertEquals(URI.create(WIKI_BYE), new Browser().open(Browser.BASE.resolve("/oidc/logout?client_id=wiki" + bye)).uri(),
                "without a hint, the client_id names the application");
        assertEquals("/login.xhtml", new Browser().open(Browser.BASE.resolve("/oidc/logout?client_id=timesheet" + bye)).path(),
                "an address another application registered is not followed");
    }

    @Test
    @RunAsClient
    void theDashboardCountsSignInsPerApplication() throws Exception {
        Browser person = OidcBrowsing.signedIn(OTHER, PASSWORD, OTHER_SEED);
        TestApplication timesheet = new TestApplication("timesheet", null, TIMESHEET_CALLBACK);
        TestApplication.Attempt attempt = timesheet.start("openid", Map.of());
        String code = TestApplication.parameters(person.open(attempt.uri()).uri()).get("code");
        assertTrue(timesheet.redeem(code, attempt.verifier()).ok());

        Browser admin = OidcBrowsing.signedIn(ADMIN, PASSWORD, ADMIN_SEED);
        org.jsoup.nodes.Element table = admin.get("/admin/index.xhtml").html().getElementById("applications");
        assertTrue(table != null && table.text().contains("Test timesheet (timesheet)"), String.valueOf(table));
        long counted = table.select("tr").stream().filter(row -> row.text().contains("(timesheet)"))
                .mapToLong(row -> Long.parseLong(row.select("[id$=signIns]").text())).findFirst().orElse(0);
        assertTrue(counted >= 1, "the sign-in just made is counted: " + table.text());
    }
}
