package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.it.TestTls;
import org.twofold.service.config.DeploymentConfig;

/**
 * Every API body is read strictly: a value of the wrong JSON type, or a field the resource does
 * not have, is a 400 problem document naming the field, and changes nothing. (JSON-B converted
 * them: {@code "required": "maybe"} switched the second factor off for everyone.)
 */
@ExtendWith(ArquillianExtension.class)
class StrictBodiesIT {

    private static final String PASSWORD = "a long test password 654";
    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String ADMIN = "strict-admin";
    private static final String KEY = "token tfstrict00000001:strict-secret-for-the-api-test-only";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-strict-bodies-it", TestUsers.class, TestTls.class);
    }

    @Inject
    private TestUsers testUsers;

    @Inject
    private DeploymentConfig deployment;

    /** What the server answered. */
    private record Answer(int status, String contentType, String body) {
    }

    @BeforeEach
    void anAdministratorWithAnApiKey() {
        if (!testUsers.exists(ADMIN)) {
            testUsers.createWithApp(ADMIN, PASSWORD, null, SEED, true);
            testUsers.addApiKey(ADMIN, "tfstrict00000001", "strict-secret-for-the-api-test-only");
        }
    }

    @Test
    void aWrongTypeForARolesFlagIsRefusedAndTheFlagStays() throws Exception {
        for (String value : new String[] {"\"maybe\"", "1", "\"yes\"", "\"on\"", "\"false\"", "[]"}) {
            assertProblem(call("PUT", "roles/All/two-factor", "{\"required\": " + value + "}"), "'required'");
        }
        assertTrue(call("GET", "roles/All", null).body().contains("\"requiresTwoFactor\":true"),
                "the second factor stays on for everyone");
    }

    @Test
    void aNewRoleWithAWrongTypeOrAnUnknownFieldIsNotMade() throws Exception {
        assertProblem(call("POST", "roles", "{\"name\": \"Strict One\", \"requiresTwoFactor\": \"yes\"}"),
                "'requiresTwoFactor'");
        assertProblem(call("POST", "roles", "{\"name\": 5}"), "'name'");
        assertProblem(call("POST", "roles", "{\"name\": \"Strict One\", \"colour\": \"red\"}"), "'colour'");
        assertEquals(404, call("GET", "roles/Strict%20One", null).status());
    }

    @Test
    void userAndDirectoryBodiesAreReadAlike() throws Exception {
        Stream.of(
                new String[] {"users", "{\"username\": \"strict-u\", \"enabled\": \"yes\"}", "'enabled'"},
                new String[] {"users", "{\"username\": \"strict-u\", \"roles\": \"Staff\"}", "'roles'"},
                new String[] {"users", "{\"username\": \"strict-u\", \"emails\": [5]}", "'emails[0]'"},
                new String[] {"users", "{\"username\": \"strict-u\", \"nickname\": \"U\"}", "'nickname'"},
                new String[] {"users", "[]", "JSON object"}).forEach(this::assertPostRefused);
        assertEquals(404, call("GET", "users/strict-u", null).status(), "no user was made");

        String before = call("GET", "directory", null).body();
        assertProblem(call("PATCH", "directory", "{\"enabled\": \"yes\"}"), "'enabled'");
        assertProblem(call("PATCH", "directory", "{\"connectTimeoutSeconds\": \"5\"}"), "'connectTimeoutSeconds'");
        assertProblem(call("PATCH", "directory", "{\"groupRoles\": [{\"group\": \"G\", \"rol\": \"All\"}]}"),
                "'groupRoles[0].rol'");
        assertEquals(before, call("GET", "directory", null).body(), "the directory settings stay");
    }

    @Test
    void aSettingOfTheWrongTypeIsRefusedAndNothingChanges() throws Exception {
        String before = call("GET", "settings", null).body();
        assertProblem(call("PATCH", "settings", "{\"totpDigits\": \"6\"}"), "totpDigits");
        assertProblem(call("PATCH", "settings", "{\"twoFactorEnabled\": \"false\"}"), "twoFactorEnabled");
        assertProblem(call("PATCH", "settings", "{\"allowedMethods\": \"TOTP\"}"), "allowedMethods");
        assertProblem(call("PATCH", "settings", "{\"lockoutThreshold\": 5, \"otpIssuer\": 7}"), "otpIssuer");
        assertEquals(before, call("GET", "settings", null).body(), "all or nothing: the threshold stays too");
    }

    private void assertPostRefused(String[] pathBodyField) {
        try {
            assertProblem(call("POST", pathBodyField[0], pathBodyField[1]), pathBodyField[2]);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A request to the API over HTTPS, as a script would send it, with the administrator's key. */
    private Answer call(String method, String path, String json) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(TestTls.acceptingTestServers()).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(deployment.publicUrl()).resolve("/api/v1/" + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", KEY)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static void assertProblem(Answer answer, String named) {
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.body().contains(named), "the problem names " + named + ": " + answer.body());
    }
}
