package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.twofold.it.CliBrowsing;

/**
 * The API's resources beyond settings: roles, users and their factors and keys, the delivery
 * queue, the audit log, and the OpenAPI description. Each success, and its 400/404/409.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiAdministrationIT {

    private static final String ARCHIVE = "twofold-api-admin-it";
    private static final String PASSWORD = "a long test password 321";
    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String ADMIN = "apiadm-admin";
    private static final String TARGET = "apiadm-target";
    private static final String TARGET_EMAIL = "apiadm-target@example.test";
    private static final String FAILED_TO = "apiadm-failed@example.test";
    private static final String KEY = "token tfapiadm00000001:apiadm-secret-for-the-api-test-only";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class, TestRecords.class, ApiCalls.class,
                Answer.class);
    }



    /** An administrator with an API key, a user with two factors, and a failed message. */
    @Dependent
    static class AdministratorAndTarget implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Inject
        private TestRecords records;

        @Override
        public void prepare() {
            if (testUsers.exists(ADMIN)) {
                return;
            }
            testUsers.createWithApp(ADMIN, PASSWORD, null, SEED, true);
            testUsers.addApiKey(ADMIN, "tfapiadm00000001", "apiadm-secret-for-the-api-test-only");
            testUsers.createWithApp(TARGET, PASSWORD, TARGET_EMAIL, SEED, false);
            testUsers.confirmContacts(TARGET);
            records.failedAt(FAILED_TO, Instant.now());
        }
    }

    @BeforeAll
    static void anAdministratorWithAKeyAUserWithTwoFactorsAndAFailedMessage() throws Exception {
        Fixtures.prepare(ARCHIVE, AdministratorAndTarget.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void rolesAreCreatedRenamedAndDeletedWithTheConsolesRules() throws Exception {
        Answer created = ApiCalls.call("POST", "roles", KEY, "{\"name\": \"API Auditors\", \"requiresTwoFactor\": true}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.body().contains("\"requiresTwoFactor\":true"), created.body());
        assertProblem(ApiCalls.call("POST", "roles", KEY, "{\"name\": \"api auditors\"}"), 409, "exists already");
        assertProblem(ApiCalls.call("POST", "roles", KEY, "{\"name\": \"<script>\"}"), 400, "A role name is");
        assertProblem(ApiCalls.call("POST", "roles", KEY, "{\"name\": 5"), 400, "not JSON");

        Answer renamed = ApiCalls.call("PUT", "roles/API%20Auditors/name", KEY, "{\"name\": \"API Readers\"}");
        assertEquals(200, renamed.status(), renamed.body());
        assertTrue(renamed.body().contains("\"name\":\"API Readers\""), renamed.body());
        assertProblem(ApiCalls.call("PUT", "roles/Administrator/name", KEY, "{\"name\": \"Bosses\"}"), 409, "Built-in");
        assertProblem(ApiCalls.call("DELETE", "roles/All", KEY, null), 409, "Built-in");
        assertEquals(204, ApiCalls.call("DELETE", "roles/API%20Readers", KEY, null).status());
        assertProblem(ApiCalls.call("DELETE", "roles/API%20Readers", KEY, null), 404, "No role named 'API Readers'.");
    }

    @Test
    @Order(2)
    @RunAsClient
    void aUserIsCreatedChangedDisabledAndEnabled() throws Exception {
        assertEquals(201, ApiCalls.call("POST", "roles", KEY, "{\"name\": \"API Staff\"}").status());
        String body = "{\"username\": \"apiadm-new\", \"displayName\": \"New Person\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"API Staff\"]}";
        Answer created = ApiCalls.call("POST", "users", KEY, body);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.body().contains("\"username\":\"apiadm-new\""), created.body());
        assertTrue(created.body().contains("\"API Staff\""), created.body());
        assertTrue(CliBrowsing.afterPassword("apiadm-new", PASSWORD).matches("/(enrol|code|desk)\\.xhtml"),
                "the new user's password is accepted");
        assertProblem(ApiCalls.call("POST", "users", KEY, body), 409, "taken");
        assertProblem(ApiCalls.call("POST", "users", KEY, "{\"username\": \"x y\", \"displayName\": \"\", \"password\": \"short\"}"),
                400, "A username is");
        assertProblem(ApiCalls.call("POST", "users", KEY, "{\"username\": \"apiadm-z\", \"type\": \"ALIEN\"}"), 400, "");

        Answer changed = ApiCalls.call("PATCH", "users/apiadm-new", KEY, "{\"displayName\": \"Renamed Person\"}");
        assertEquals(200, changed.status(), changed.body());
        assertTrue(changed.body().contains("\"displayName\":\"Renamed Person\""), changed.body());
        assertTrue(changed.body().contains("\"API Staff\""), "what the body leaves out stays: " + changed.body());
        assertProblem(ApiCalls.call("PATCH", "users/apiadm-new", KEY, "{\"emails\": [\"not an address\"]}"), 400,
                "email address is not valid");
        assertProblem(ApiCalls.call("PATCH", "users/nobody-here", KEY, "{\"displayName\": \"X\"}"), 404, "No user named 'nobody-here'.");

        Answer disabled = ApiCalls.call("POST", "users/apiadm-new/disable", KEY, null);
        assertTrue(disabled.body().contains("\"enabled\":false"), disabled.body());
        assertEquals("/login.xhtml", CliBrowsing.afterPassword("apiadm-new", PASSWORD), "a disabled user cannot sign in");
        Answer enabled = ApiCalls.call("POST", "users/apiadm-new/enable", KEY, null);
        assertTrue(enabled.body().contains("\"enabled\":true"), enabled.body());
    }

    @Test
    @Order(3)
    @RunAsClient
    void aUsersFactorsAreListedAndRemovedOneByOne() throws Exception {
        Answer factors = ApiCalls.call("GET", "users/" + TARGET + "/factors", KEY, null);
        assertEquals(200, factors.status(), factors.body());
        assertTrue(Pattern.compile("\"contacts\":\\[\\{[^}]*\"method\":\"EMAIL\"").matcher(factors.body()).find(), factors.body());
        assertFalse(factors.body().contains(TARGET_EMAIL), "the address is masked: " + factors.body());
        Matcher app = Pattern.compile("\"apps\":\\[\\{[^}]*\"id\":(\\d+)").matcher(factors.body());
        assertTrue(app.find(), factors.body());

        assertEquals(204, ApiCalls.call("DELETE", "users/" + TARGET + "/factors/email", KEY, null).status());
        assertProblem(ApiCalls.call("DELETE", "users/" + TARGET + "/factors/email", KEY, null), 404, "no longer there");
        assertEquals(204, ApiCalls.call("DELETE", "users/" + TARGET + "/factors/apps/" + app.group(1), KEY, null).status());
        factors = ApiCalls.call("GET", "users/" + TARGET + "/factors", KEY, null);
        assertTrue(factors.body().contains("\"apps\":[]") && factors.body().contains("\"contacts\":[]"), factors.body());
    }

    @Test
    @Order(4)
    @RunAsClient
    void anAdministratorMakesAKeyForAUserWhichWorksUntilRevoked() throws Exception {
        Answer made = ApiCalls.call("POST", "users/" + ADMIN + "/api-keys?label=nightly%20job", KEY, null);
        assertEquals(201, made.status(), made.body());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(made.body());
        assertTrue(token.find(), made.body());
        String keyId = token.group(1).substring(0, token.group(1).indexOf(':'));
        assertEquals(200, ApiCalls.call("GET", "me", "token " + token.group(1), null).status(), "the new key works");

        Answer listed = ApiCalls.call("GET", "users/" + ADMIN + "/api-keys", KEY, null);
        assertTrue(listed.body().contains("\"label\":\"nightly job\""), listed.body());
        assertTrue(listed.body().contains(keyId), listed.body());
        assertFalse(listed.body().contains(token.group(1).substring(keyId.length() + 1)), "never the secret: " + listed.body());

        assertEquals(204, ApiCalls.call("DELETE", "users/" + ADMIN + "/api-keys/" + keyId, KEY, null).status());
        assertProblem(ApiCalls.call("GET", "me", "token " + token.group(1), null), 401, "not valid");
        assertProblem(ApiCalls.call("DELETE", "users/" + ADMIN + "/api-keys/" + keyId, KEY, null), 404, "no such API key");
    }

    @Test
    @Order(5)
    @RunAsClient
    void theDeliveryQueueIsListedByStatusAndAFailedMessageIsSentAgain() throws Exception {
        Answer failed = ApiCalls.call("GET", "delivery?status=failed&max=200", KEY, null);
        assertEquals(200, failed.status(), failed.body());
        Matcher message = Pattern.compile("\\{[^{}]*\"recipient\":\"" + Pattern.quote(FAILED_TO) + "\"[^{}]*\\}")
                .matcher(failed.body());
        assertTrue(message.find(), failed.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(message.group());
        assertTrue(id.find(), message.group());
        assertFalse(failed.body().contains("\"body\""), "a message's text never leaves the server: " + failed.body());

        Answer retried = ApiCalls.call("POST", "delivery/" + id.group(1) + "/retry", KEY, null);
        assertEquals(200, retried.status(), retried.body());
        assertFalse(retried.body().contains("\"status\":\"FAILED\""), retried.body());
        assertProblem(ApiCalls.call("POST", "delivery/" + id.group(1) + "/retry", KEY, null), 409, "");
        assertProblem(ApiCalls.call("POST", "delivery/999999999/retry", KEY, null), 404, "");
        assertProblem(ApiCalls.call("GET", "delivery?status=LOST", KEY, null), 400, "QUEUED, SENDING, SENT or FAILED");
        Answer all = ApiCalls.call("POST", "delivery/retry-failed", KEY, null);
        assertTrue(all.body().matches("\\{\"retried\":\\d+\\}"), all.body());
    }

    @Test
    @Order(6)
    @RunAsClient
    void theAuditLogIsQueriedAsJsonAndExportedAsCsv() throws Exception {
        Answer json = ApiCalls.call("GET", "audit?user=" + TARGET + "&type=FACTOR_REMOVED", KEY, null);
        assertEquals(200, json.status(), json.body());
        assertTrue(json.body().contains("\"total\":2"), "the two removals: " + json.body());
        assertTrue(json.body().contains("\"admin\":\"" + ADMIN + "\""), json.body());

        Answer csv = ApiCalls.get("/api/v1/audit/csv?user=" + TARGET + "&from=2020-01-01", KEY);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith("id,time,event,user,admin,ip,detail\r\n"), csv.body());
        assertTrue(csv.body().contains(",FACTOR_REMOVED," + TARGET + "," + ADMIN + ","), csv.body());

        assertProblem(ApiCalls.call("GET", "audit?type=NOT_AN_EVENT", KEY, null), 400, "audit log's events");
        assertProblem(ApiCalls.call("GET", "audit?from=yesterday", KEY, null), 400, "days (2026-12-03)");
        assertProblem(ApiCalls.call("GET", "audit?from=2026-02-01&to=2026-01-01", KEY, null), 400, "before the end");
    }

    @Test
    @Order(7)
    @RunAsClient
    void theApiIsDescribedWithOpenApi() throws Exception {
        Answer document = ApiCalls.get("/openapi", null);
        assertEquals(200, document.status(), document.body());
        assertTrue(document.body().contains("title: Twofold API"), document.body());
        assertTrue(document.body().contains("/api/v1/users/{username}/factors"), document.body());
        assertTrue(document.body().contains("Authorization: token KEYID:SECRET"), document.body());
        Answer ui = ApiCalls.get("/openapi/ui/", null);
        assertEquals(200, ui.status(), ui.body());
    }

    private static void assertProblem(Answer answer, int status, String detail) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType() + ": " + answer.body());
        assertTrue(answer.body().contains(detail), answer.body());
    }
}
