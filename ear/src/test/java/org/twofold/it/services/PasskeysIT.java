package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.openid.connect.sdk.claims.AMR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.it.ApiCalls;
import org.twofold.it.Browser;
import org.twofold.it.OidcBrowsing;
import org.twofold.it.PasskeyBrowsing;
import org.twofold.it.PasskeyHttp;
import org.twofold.it.TestApplication;
import org.twofold.service.account.AccountChange;
import org.twofold.service.account.AccountOverviews;
import org.twofold.service.account.OwnPasskeys;
import org.twofold.service.account.PasskeyOffer;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.passkey.Passkeys;
import org.twofold.service.passkey.RelyingParties;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.PasskeyPrompts;
import org.twofold.service.signin.PasskeyStep;
import org.twofold.service.signin.PasswordStep;
import org.twofold.service.signin.PasswordlessStep;
import org.twofold.service.signin.SignInStep;
import org.twofold.service.useradmin.UserFactorAdministration;
import org.twofold.testing.SoftwareAuthenticator;

/**
 * Passkeys and security keys: added on the Security page after the password, then the second
 * step, or (where allowed) the whole sign-in; refused from another site, for another user, for
 * a used challenge, replayed, or from a clone whose counter went back; removed by the user or an
 * administrator. The service tests answer with a software authenticator; the browser tests run
 * Chromium with a virtual authenticator.
 */
@ExtendWith(ArquillianExtension.class)
class PasskeysIT {

    private static final String ARCHIVE = "twofold-passkeys-it";
    private static final String PASSWORD = "a long test password 321";
    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String IP = "198.51.100.71";
    private static final String CHROMIUM_USER = "passkey-chromium-e2e";
    private static final String PORTAL_USER = "passkey-portal-e2e";
    private static final String NEWCOMER = "passkey-newcomer-e2e";
    private static final String KEY_OWNER = "passkey-owner-e2e";
    private static final String KEY_OWNER_SEED = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    private static final String ADMIN = "passkey-admin-e2e";
    private static final String ADMIN_KEY = "tfpasskeyadm00001:admin-secret-for-the-passkey-test";
    private static final String PORTAL_SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String PORTAL_SECRET = "portal-secret-for-the-passkey-test-0123456789";
    private static final String PORTAL_CALLBACK = "https://portal.corp.example/cb";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class, TestMessages.class, TestApplications.class, PasskeysFixture.class,
                PasskeysAfterwards.class, SoftwareAuthenticator.class);
    }

    /** Passkeys allowed, a passkey alone too; the people the browser tests sign in as; an application. */
    @Dependent
    public static class PasskeysFixture implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Inject
        private TestApplications applications;

        @Override
        public void prepare() throws Exception {
            testUsers.allowPasskeys(true);
            if (!testUsers.exists(CHROMIUM_USER)) {
                testUsers.createWithApp(CHROMIUM_USER, PASSWORD, CHROMIUM_USER + "@example.test", SEED, false);
                testUsers.createWithApp(PORTAL_USER, PASSWORD, PORTAL_USER + "@example.test", PORTAL_SEED, false);
                testUsers.createWithoutFactor(NEWCOMER, PASSWORD);
                testUsers.createWithApp(KEY_OWNER, PASSWORD, KEY_OWNER + "@example.test", KEY_OWNER_SEED, false);
                testUsers.createWithApp(ADMIN, PASSWORD, null, SEED, true);
                testUsers.addApiKey(ADMIN, "tfpasskeyadm00001", "admin-secret-for-the-passkey-test");
                applications.register("portal", PORTAL_SECRET, List.of(PORTAL_CALLBACK), List.of(), false, List.of());
            }
        }
    }

    /** The authenticator app alone again, for the test classes that run after this one. */
    @Dependent
    public static class PasskeysAfterwards implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            testUsers.allowOnlyTheApp();
        }
    }

    @BeforeAll
    static void passkeysAllowed() throws Exception {
        Fixtures.prepare(ARCHIVE, PasskeysFixture.class);
    }

    @AfterAll
    static void onlyTheAppAgain() throws Exception {
        Fixtures.prepare(ARCHIVE, PasskeysAfterwards.class);
    }

    @Inject
    private TestUsers testUsers;

    @Inject
    private TestMessages messages;

    @Inject
    private OwnPasskeys ownPasskeys;

    @Inject
    private AccountOverviews overviews;

    @Inject
    private PasswordStep passwordStep;

    @Inject
    private PasskeyStep passkeyStep;

    @Inject
    private PasswordlessStep passwordless;

    @Inject
    private PasskeyPrompts prompts;

    @Inject
    private Passkeys passkeys;

    @Inject
    private RelyingParties relyingParties;

    @Inject
    private SettingsService settings;

    @Inject
    private AuditLog audit;

    @Inject
    private UserFactorAdministration factorAdministration;

    @Inject
    private PasskeyOffer passkeyOffer;

    @Test
    void aPasskeyAddedOnTheSecurityPageIsTheSecondStepAndTheUserIsTold() {
        String username = newUser();
        SoftwareAuthenticator key = register(username, "YubiKey");
        assertEquals("A passkey was added to your account", messages.latestTo(email(username)).getSubject());
        assertEquals("YubiKey", overviews.of(username, Instant.now()).orElseThrow().passkeys().get(0).name());
        testUsers.preferMethod(username, TwoFactorMethod.PASSKEY);

        String token = passkeyDue(username);
        String challenge = challenge(prompts.secondStep(token, Instant.now()).orElseThrow().json());
        assertEquals("SIGNED_IN", SignInSteps.name(passkeyStep.check(token, key.signIn(challenge, origin(), true), challenge,
                null, IP, Instant.now())));
        assertTrue(overviews.of(username, Instant.now()).orElseThrow().passkeys().get(0).lastUsedAt() != null, "its last use is shown");
    }

    @Test
    void anAnswerFromAnotherSiteAnotherUsersKeyAUsedChallengeOrAReplayIsRefused() {
        String username = newUser();
        SoftwareAuthenticator key = register(username, "Laptop");
        SoftwareAuthenticator othersKey = register(newUser(), "Other laptop");
        testUsers.preferMethod(username, TwoFactorMethod.PASSKEY);
        String token = passkeyDue(username);

        String phishing = challenge(prompts.secondStep(token, Instant.now()).orElseThrow().json());
        assertEquals("TRY_AGAIN PASSKEY_REFUSED", check(token, key.signIn(phishing, "https://intranet.evil.test", true), phishing),
                "made on another site");
        String others = challenge(prompts.secondStep(token, Instant.now()).orElseThrow().json());
        assertEquals("TRY_AGAIN PASSKEY_REFUSED", check(token, othersKey.signIn(others, origin(), true), others),
                "another user's passkey");
        String used = challenge(prompts.secondStep(token, Instant.now()).orElseThrow().json());
        String answer = key.signIn(used, origin(), true);
        assertEquals("SIGNED_IN", check(token, answer, used));

        String next = passkeyDue(username);
        assertEquals("TRY_AGAIN PASSKEY_REFUSED", check(next, answer, used), "the same answer, replayed");
        String fresh = challenge(prompts.secondStep(next, Instant.now()).orElseThrow().json());
        assertEquals("TRY_AGAIN PASSKEY_REFUSED", check(next, answer, fresh), "the same answer, for a new challenge");
        assertEquals("TRY_AGAIN PASSKEY_REFUSED", check(next, key.signIn(used, origin(), true), used), "a challenge used twice");
        assertEquals("TRY_AGAIN PASSKEY_NOT_USED", check(next, "", used), "cancelled in the browser");
    }

    @Test
    void aCloneWhoseCounterWentBackIsRefusedAndAudited() {
        String username = newUser();
        SoftwareAuthenticator key = register(username, "YubiKey");
        testUsers.preferMethod(username, TwoFactorMethod.PASSKEY);
        key.setCounter(40);
        String token = passkeyDue(username);
        String first = challenge(prompts.secondStep(token, Instant.now()).orElseThrow().json());
        assertEquals("SIGNED_IN", check(token, key.signIn(first, origin(), true), first));

        key.setCounter(5); // a copy of the key, behind the original
        String next = passkeyDue(username);
        String second = challenge(prompts.secondStep(next, Instant.now()).orElseThrow().json());
        assertEquals("TRY_AGAIN PASSKEY_REFUSED", check(next, key.signIn(second, origin(), true), second));
        assertEquals(AuditEventType.PASSKEY_CLONE_SUSPECTED, audit.recentOf(username, 1).get(0).type());
    }

    @Test
    void aPasskeyAloneSignsInWhereAllowedButNotAnAdministrator() {
        String username = newUser();
        SoftwareAuthenticator key = register(username, "Phone");
        String challenge = challenge(prompts.passwordless(IP, Instant.now()).orElseThrow().json());
        assertEquals("REFUSED PASSKEY_REFUSED", SignInSteps.name(passwordless.check(key.signIn(challenge, origin(), false),
                challenge, IP, Instant.now())), "a passkey alone must verify the person");
        challenge = challenge(prompts.passwordless(IP, Instant.now()).orElseThrow().json());
        SignInStep signedIn = passwordless.check(key.signIn(challenge, origin(), true), challenge, IP, Instant.now());
        assertTrue(signedIn instanceof SignInStep.SignedIn s && s.secondStepDone() && s.user().username().equals(username),
                SignInSteps.name(signedIn));

        String admin = "passkey-admin-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithApp(admin, PASSWORD, email(admin), SEED, true);
        SoftwareAuthenticator adminsKey = register(admin, "Admin key");
        challenge = challenge(prompts.passwordless(IP, Instant.now()).orElseThrow().json());
        assertEquals("REFUSED PASSWORDLESS_NOT_ALLOWED", SignInSteps.name(passwordless.check(
                adminsKey.signIn(challenge, origin(), true), challenge, IP, Instant.now())));
    }

    @Test
    void oneAddressHoldsOnlySoManyPasskeyAloneChallengesAndAnswersFromItsOwn() {
        String username = newUser();
        SoftwareAuthenticator key = register(username, "Phone");
        String crowded = "198.51.100.72";
        for (int i = 0; i < PasskeyPrompts.OPEN_PER_ADDRESS; i++) {
            assertTrue(prompts.passwordless(crowded, Instant.now()).isPresent(), "challenge " + (i + 1));
        }
        assertTrue(prompts.passwordless(crowded, Instant.now()).isEmpty(), "one more is refused");
        assertTrue(prompts.passwordless(IP, Instant.now()).isPresent(), "another address is not held back");

        String challenge = challenge(prompts.passwordless(IP, Instant.now()).orElseThrow().json());
        assertEquals("REFUSED PASSKEY_REFUSED", SignInSteps.name(passwordless.check(key.signIn(challenge, origin(), true),
                challenge, "203.0.113.9", Instant.now())), "answered from another address than asked");
    }

    @Test
    void theLastFactorStaysAndAnAdministratorsResetRemovesPasskeys() throws Exception {
        String username = newUser();
        register(username, "YubiKey");
        long id = overviews.of(username, Instant.now()).orElseThrow().passkeys().get(0).id();
        testUsers.preferMethod(username, TwoFactorMethod.PASSKEY);
        assertEquals(AccountChange.INVALID_NAME, ownPasskeys.rename(username, id, " ", Instant.now(), IP, Instant.now()));
        assertEquals(AccountChange.DONE, ownPasskeys.rename(username, id, "Blue key", Instant.now(), IP, Instant.now()));
        assertEquals(AccountChange.DONE, ownPasskeys.remove(username, id, Instant.now(), IP, Instant.now()),
                "the app is left");
        assertEquals("A passkey was removed from your account", messages.latestTo(email(username)).getSubject());
        assertEquals("CODE_DUE", SignInSteps.name(passwordStep.check(username, PASSWORD, IP, Instant.now())),
                "the app's code is asked for again");

        register(username, "Second key");
        factorAdministration.resetFactors(testUsers.idOf(username), new Actor("Administrator", IP));
        assertTrue(overviews.of(username, Instant.now()).orElseThrow().passkeys().isEmpty());
    }

    @Test
    void theDeskOffersAPasskeyToThoseWithoutOneUntilTheySayNotNow() {
        String username = newUser();
        assertTrue(passkeyOffer.due(username));
        passkeyOffer.dismiss(username, Instant.now());
        assertTrue(!passkeyOffer.due(username), "not now is remembered");
        String other = newUser();
        register(other, "Laptop");
        assertTrue(!passkeyOffer.due(other), "who has one is not offered another");
    }

    @Test
    @RunAsClient
    void inChromiumAUserAddsAPasskeyThenSignsInWithItAsTheSecondStepAndAlone() throws Exception {
        PasskeyBrowsing.addThenSignIn(CHROMIUM_USER, PASSWORD, SEED);
    }

    @Test
    @RunAsClient
    void anAdministratorSeesAndRemovesAPersonsPasskeysWithTheApiAndTheCommandLine() throws Exception {
        Browser browser = OidcBrowsing.signedIn(KEY_OWNER, PASSWORD, KEY_OWNER_SEED);
        PasskeyHttp.register(browser, PASSWORD, "Blue key");
        PasskeyHttp.register(browser, PASSWORD, "Red key");
        String path = "users/" + KEY_OWNER + "/factors";
        List<Object> listed = JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(
                ApiCalls.call("GET", path, "token " + ADMIN_KEY, null).body()), "passkeys");
        assertEquals(List.of("Blue key", "Red key"), listed.stream().map(p -> ((Map<?, ?>) p).get("name")).toList());

        ApiCalls.Run factors = ApiCalls.twofold(ADMIN_KEY, "user", "factors", KEY_OWNER);
        assertTrue(factors.out().contains("passkey") && factors.out().contains("Blue key"), factors.out() + factors.err());
        String blue = String.valueOf(((Number) ((Map<?, ?>) listed.get(0)).get("id")).longValue());
        ApiCalls.Run removed = ApiCalls.twofold(ADMIN_KEY, "user", "remove-factor", KEY_OWNER, "passkey", blue);
        assertEquals(0, removed.code(), removed.out() + removed.err());
        String red = String.valueOf(((Number) ((Map<?, ?>) listed.get(1)).get("id")).longValue());
        assertEquals(204, ApiCalls.call("DELETE", path + "/passkeys/" + red, "token " + ADMIN_KEY, null).status());
        assertEquals(404, ApiCalls.call("DELETE", path + "/passkeys/" + red, "token " + ADMIN_KEY, null).status(),
                "gone already: a problem document, nothing changed");
        assertTrue(JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(ApiCalls.call("GET", path, "token " + ADMIN_KEY, null).body()),
                "passkeys").isEmpty());
    }

    @Test
    @RunAsClient
    void optionsAreHandedOutOnlyForACeremonyThatCanStartNow() throws Exception {
        Browser stranger = new Browser();
        for (String purpose : new String[] {"register", "second-step", "first", "nonsense"}) {
            Browser.Page refused = stranger.post("/signin/passkey-options?for=" + purpose);
            assertEquals(404, refused.status(), purpose + ": " + refused.body());
            assertTrue(refused.body().contains("No passkey can be used here now"), refused.body());
        }
        Browser.Page passwordless = stranger.post("/signin/passkey-options?for=passwordless");
        assertEquals(200, passwordless.status(), "allowed in this test: " + passwordless.body());
        assertTrue(passwordless.body().contains("\"userVerification\":\"required\""), passwordless.body());
    }

    @Test
    @RunAsClient
    void inChromiumANewcomersFirstFactorIsAPasskeyInsteadOfAnApp() throws Exception {
        PasskeyBrowsing.firstFactor(NEWCOMER, PASSWORD);
    }

    @Test
    @RunAsClient
    void anApplicationAskingForAPhishingResistantSignInGetsThePasskeyAndTheTokenSaysSo() throws Exception {
        Browser browser = OidcBrowsing.signedIn(PORTAL_USER, PASSWORD, PORTAL_SEED);
        TestApplication portal = new TestApplication("portal", PORTAL_SECRET, PORTAL_CALLBACK);
        Browser.Page refused = browser.open(portal.start("openid", Map.of("acr_values", "phr")).uri());
        assertEquals(403, refused.status(), refused.uri().toString());
        assertTrue(refused.text().contains("asks you to sign in with a passkey"), refused.text());

        SoftwareAuthenticator key = PasskeyHttp.register(browser, PASSWORD, "YubiKey");
        TestApplication.Attempt attempt = portal.start("openid", Map.of("acr_values", "phr"));
        Browser.Page stepUp = browser.open(attempt.uri());
        assertEquals("/code.xhtml", stepUp.path(), "signed in with a code, asked for the passkey: " + stepUp.text());
        assertTrue(stepUp.text().contains("Use my passkey"), stepUp.text());
        assertTrue(stepUp.html().getElementById("another") == null, "no other way finishes it: " + stepUp.text());
        Browser.Page back = PasskeyHttp.use(browser, stepUp, key);
        assertTrue(back.uri().toString().startsWith(PORTAL_CALLBACK + "?"), back.uri() + " " + back.text());

        TestApplication.TokenAnswer tokens = portal.redeem(TestApplication.parameters(back.uri()).get("code"), attempt.verifier());
        assertTrue(tokens.ok(), tokens.body());
        IDTokenClaimsSet claims = portal.verified((String) JSONObjectUtils.parse(tokens.body()).get("id_token"), attempt.nonce());
        assertEquals("phr", claims.getACR().getValue());
        assertEquals(List.of("pwd", "hwk", "user", "mfa"), claims.getAMR().stream().map(AMR::getValue).toList(),
                "a security key after the password");
    }

    private SoftwareAuthenticator register(String username, String name) {
        Instant now = Instant.now();
        String challenge = challenge(ownPasskeys.registrationOptions(username, now, now).orElseThrow().json());
        SoftwareAuthenticator key = new SoftwareAuthenticator(relyingParties.current(settings.current()).orElseThrow().id(),
                Passkeys.userHandle(testUsers.idOf(username)));
        assertEquals(AccountChange.DONE, ownPasskeys.add(username, name, key.register(challenge, origin(), true), challenge,
                now, IP, now));
        return key;
    }

    private String passkeyDue(String username) {
        SignInStep step = passwordStep.check(username, PASSWORD, IP, Instant.now());
        assertTrue(step instanceof SignInStep.CodeDue due && due.method() == TwoFactorMethod.PASSKEY, SignInSteps.name(step));
        return SignInSteps.token(step);
    }

    private String check(String token, String answer, String challenge) {
        return SignInSteps.name(passkeyStep.check(token, answer, challenge, null, IP, Instant.now()));
    }

    private String origin() {
        return relyingParties.current(settings.current()).orElseThrow().origin();
    }

    private static String challenge(String optionsJson) {
        return Json.createReader(new StringReader(optionsJson)).readObject().getString("challenge");
    }

    private String newUser() {
        String username = "passkey-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithApp(username, PASSWORD, email(username), SEED, false);
        return username;
    }

    private static String email(String username) {
        return username + "@example.test";
    }
}
