package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.it.ApiCalls.Answer;
import org.twofold.it.ApiCalls;
import org.twofold.service.apikey.ApiKeyService;
import org.twofold.service.user.UserDirectory;

/**
 * The REST API as a script meets it: an API key (never a password) and an administrator
 * owner; the console's rules; every error a problem document with its status, none a 500.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiIT {

    private static final String ARCHIVE = "twofold-api-it";
    private static final String PASSWORD = "a long test password 321";
    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    // Fixed, not random: the server-side fixture and the client side run in different JVMs.
    // Plain constants: the server loads this class too, without the client-side helpers.
    private static final String ADMIN = "api-admin";
    private static final String PLAIN = "api-plain";
    private static final String TARGET = "api-target";
    private static final String DEMOTED = "api-demoted";
    private static final String ADMIN_KEY = "token tfapiadmin0000001:admin-secret-for-the-api-test-only";
    private static final String PLAIN_KEY = "token tfapiplain0000001:plain-secret-for-the-api-test-only";
    private static final String BURST_KEY = "token tfapiburst0000001:burst-secret-for-the-api-test-only";
    private static final String REVOKED_KEY = "token tfapirevoked00001:revoked-secret-for-the-api-test";
    private static final String DEMOTED_KEY = "token tfapidemoted00001:demoted-secret-for-the-api-test";
    private static final String EXPIRED_KEY = "token tfapiexpired00001:expired-secret-for-the-api-test";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class, ApiCalls.class, Answer.class); // its signatures name them
    }


    @Inject
    private ApiKeyService keys;

    @Inject
    private UserDirectory users;

    /** An administrator, a plain user and a target, with their API keys; an administrator to demote. */
    @Dependent
    static class UsersAndKeys implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            if (testUsers.exists(ADMIN)) {
                return;
            }
            testUsers.createWithApp(ADMIN, PASSWORD, null, SEED, true);
            testUsers.createWithApp(PLAIN, PASSWORD, null, SEED, false);
            testUsers.createWithApp(TARGET, PASSWORD, null, SEED, false);
            testUsers.addApiKey(ADMIN, "tfapiadmin0000001", "admin-secret-for-the-api-test-only");
            testUsers.addApiKey(PLAIN, "tfapiplain0000001", "plain-secret-for-the-api-test-only");
            testUsers.addApiKey(ADMIN, "tfapiburst0000001", "burst-secret-for-the-api-test-only");
            testUsers.addApiKey(ADMIN, "tfapirevoked00001", "revoked-secret-for-the-api-test");
            testUsers.createWithApp(DEMOTED, PASSWORD, null, SEED, true);
            testUsers.addApiKey(DEMOTED, "tfapidemoted00001", "demoted-secret-for-the-api-test");
            testUsers.addExpiredApiKey(ADMIN, "tfapiexpired00001", "expired-secret-for-the-api-test");
        }
    }

    @BeforeAll
    static void anAdministratorAUserAndTheirKeys() throws Exception {
        Fixtures.prepare(ARCHIVE, UsersAndKeys.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void withoutAValidKeyEveryRequestIs401AndAPasswordNeverCounts() throws Exception {
        Answer none = ApiCalls.call("GET", "settings", null, null);
        assertProblem(none, 401, "Send an API key");
        Answer password = ApiCalls.call("GET", "settings", ApiCalls.basic(ADMIN, PASSWORD), null);
        assertProblem(password, 401, "not valid");
        Answer wrongSecret = ApiCalls.call("GET", "settings", ApiCalls.token("tfapiadmin0000001", "guess"), null);
        assertProblem(wrongSecret, 401, "not valid");
        assertProblem(ApiCalls.call("GET", "settings", EXPIRED_KEY, null), 401, "not valid (wrong, revoked, expired");
        Answer basicKey = ApiCalls.call("GET", "settings", ApiCalls.basic("tfapiadmin0000001", "admin-secret-for-the-api-test-only"), null);
        assertEquals(200, basicKey.status(), "the key also works as HTTP Basic: " + basicKey.body());
    }

    @Test
    @Order(2)
    @RunAsClient
    void aKeyActsWithItsOwnersRolesWithoutTheSecondFactor() throws Exception {
        assertProblem(ApiCalls.call("GET", "settings", PLAIN_KEY, null), 403, "not an administrator");
        Answer me = ApiCalls.call("GET", "me", PLAIN_KEY, null);
        assertEquals(200, me.status(), me.body());
        assertTrue(me.body().contains("\"username\":\"" + PLAIN + "\""), me.body());
        Answer ownFactors = ApiCalls.call("GET", "users/" + PLAIN + "/factors", PLAIN_KEY, null);
        assertEquals(200, ownFactors.status(), "a person's key reads their own factors: " + ownFactors.body());
        assertTrue(ownFactors.body().contains("\"apps\""), ownFactors.body());
        assertProblem(ApiCalls.call("GET", "users/" + TARGET + "/factors", PLAIN_KEY, null), 403, "not an administrator");
        assertProblem(ApiCalls.call("GET", "users/" + PLAIN, PLAIN_KEY, null), 403, "not an administrator");
        assertProblem(ApiCalls.call("DELETE", "users/" + PLAIN + "/factors/email", PLAIN_KEY, null), 403, "not an administrator");
        Answer settings = ApiCalls.call("GET", "settings", ADMIN_KEY, null);
        assertEquals(200, settings.status(), settings.body());
        assertTrue(settings.contentType().startsWith("application/json"), settings.contentType());
        assertTrue(settings.body().contains("\"twoFactorEnabled\":true"), settings.body());
    }

    @Test
    @Order(2)
    @RunAsClient
    void anAdministratorWhoLosesTheRoleIsRefusedAtTheNextRequest() throws Exception {
        assertEquals(200, ApiCalls.call("GET", "settings", DEMOTED_KEY, null).status());
        Answer demoted = ApiCalls.call("PATCH", "users/" + DEMOTED, ADMIN_KEY, "{\"roles\": []}");
        assertEquals(200, demoted.status(), demoted.body());
        assertProblem(ApiCalls.call("GET", "settings", DEMOTED_KEY, null), 403, "not an administrator");
    }

    @Test
    @Order(3)
    @RunAsClient
    void aBadBodyIsA400ThatNamesTheProblemAndChangesNothing() throws Exception {
        Answer notJson = ApiCalls.call("PATCH", "settings", ADMIN_KEY, "{not json");
        assertProblem(notJson, 400, "not JSON");
        Answer badValue = ApiCalls.call("PATCH", "settings", ADMIN_KEY, "{\"lockoutThreshold\": \"five\", \"colour\": \"blue\"}");
        assertProblem(badValue, 400, "lockoutThreshold: must be a whole number");
        assertTrue(badValue.body().contains("colour: no such setting"), badValue.body());
        Answer outOfRange = ApiCalls.call("PATCH", "settings", ADMIN_KEY, "{\"lockoutThreshold\": 0}");
        assertEquals(400, outOfRange.status(), outOfRange.body());
        Answer wrongShape = ApiCalls.call("PUT", "roles/All/two-factor", ADMIN_KEY, "[1, 2]");
        assertProblem(wrongShape, 400, "");
        assertEquals("{\"lockoutThreshold\":10}", ApiCalls.call("GET", "settings/lockoutThreshold", ADMIN_KEY, null).body());
    }

    @Test
    @Order(4)
    @RunAsClient
    void aSettingChangesAndReadsBack() throws Exception {
        Answer changed = ApiCalls.call("PATCH", "settings", ADMIN_KEY, "{\"otpIssuer\": \"API Corp\"}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("{\"otpIssuer\":\"API Corp\"}", ApiCalls.call("GET", "settings/otpIssuer", ADMIN_KEY, null).body());
        assertEquals(200, ApiCalls.call("PATCH", "settings", ADMIN_KEY, "{\"otpIssuer\": \"Twofold\"}").status());
    }

    @Test
    @Order(5)
    @RunAsClient
    void theConsolesRulesHoldAndUnknownThingsAre404() throws Exception {
        assertProblem(ApiCalls.call("GET", "users/nobody-at-all", ADMIN_KEY, null), 404, "No user named 'nobody-at-all'.");
        assertProblem(ApiCalls.call("GET", "nothing-here", ADMIN_KEY, null), 404, "no such");
        assertProblem(ApiCalls.call("PUT", "roles/Administrator/two-factor", ADMIN_KEY, "{\"required\": false}"), 409, "");
        assertProblem(ApiCalls.call("PUT", "roles/All/two-factor", ADMIN_KEY, "{}"), 400, "required");
        assertProblem(ApiCalls.call("DELETE", "settings", ADMIN_KEY, null), 405, "");
        assertEquals(204, ApiCalls.call("POST", "users/" + TARGET + "/unlock", ADMIN_KEY, null).status());
        Answer target = ApiCalls.call("GET", "users/" + TARGET, ADMIN_KEY, null);
        assertTrue(target.body().contains("\"appEnrolled\":true"), target.body());
        assertEquals(204, ApiCalls.call("POST", "users/" + TARGET + "/reset-second-factors", ADMIN_KEY, null).status());
        target = ApiCalls.call("GET", "users/" + TARGET, ADMIN_KEY, null);
        assertTrue(target.body().contains("\"appEnrolled\":false"), target.body());
        Answer page = ApiCalls.call("GET", "users?search=api-&max=2", ADMIN_KEY, null);
        assertTrue(page.body().contains("\"total\":"), page.body());
        assertProblem(ApiCalls.call("GET", "users?max=5000", ADMIN_KEY, null), 400, "max");
    }

    @Test
    @Order(6)
    @RunAsClient
    void aKeyIsRateLimitedPerMinute() throws Exception {
        int accepted = 0;
        Answer last = null;
        for (int i = 0; i < 260; i++) {
            last = ApiCalls.call("GET", "settings/otpIssuer", BURST_KEY, null);
            if (last.status() != 200) {
                break;
            }
            accepted++;
        }
        assertProblem(last, 429, "requests this minute");
        assertTrue(accepted >= 120, "at least the minute's allowance passed: " + accepted);
        assertEquals(200, ApiCalls.call("GET", "settings/otpIssuer", ADMIN_KEY, null).status(), "other keys are not held up");
    }

    @Test
    @Order(7)
    void theKeyIsRevoked() {
        assertTrue(keys.revoke(users.find(ADMIN).orElseThrow(), "tfapirevoked00001", ADMIN, "127.0.0.1"));
        assertEquals(false, keys.revoke(users.find(PLAIN).orElseThrow(), "tfapiadmin0000001", PLAIN, "127.0.0.1"),
                "only the owner's keys");
    }

    @Test
    @Order(8)
    @RunAsClient
    void aRevokedKeyIsRefused() throws Exception {
        assertProblem(ApiCalls.call("GET", "settings", REVOKED_KEY, null), 401, "not valid");
    }

    private static void assertProblem(Answer answer, int status, String detail) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType() + ": " + answer.body());
        assertTrue(answer.body().contains("\"status\":" + status), answer.body());
        assertTrue(answer.body().contains(detail), answer.body());
    }
}
