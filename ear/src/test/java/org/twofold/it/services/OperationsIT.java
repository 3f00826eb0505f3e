package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Totp;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.it.ApiCalls;
import org.twofold.it.ApiCalls.Answer;
import org.twofold.it.Browser;
import org.twofold.it.TestSyslog;
import org.twofold.service.audit.Actor;
import org.twofold.service.delivery.Outbox;
import org.twofold.service.sms.SmsSettingsService;

/**
 * What IT runs Twofold with: the metrics Prometheus scrapes (and who may), audit events in a
 * real syslog collector, the release and schema version, and health that tells a failing SMS
 * gateway (degraded) from a node that cannot serve (not ready).
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final String ARCHIVE = "twofold-operations-it";
    private static final String PASSWORD = "an operations test password 4";
    private static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    // Fixed, not random: the server-side fixture and the client side run in different JVMs.
    private static final String ADMIN = "ops-admin";
    private static final String PERSON = "ops-person";
    private static final String ADMIN_KEY = "token tfopsadmin00000001:ops-admin-secret-for-the-test";
    private static final String PERSON_KEY = "token tfopsperson0000001:ops-person-secret-for-the-test";
    /** TWOFOLD_METRICS_KEY in src/test/liberty/server.env. */
    private static final String METRICS_KEY = "Bearer it-metrics-key-for-the-test-server";
    private static final String DEAD_GATEWAY = "http://127.0.0.1:9/sms";
    private static final Actor TEST_ADMIN = new Actor("operations-test-admin", "127.0.0.1");

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }

    /** An administrator and a person, each with an app and an API key. */
    @Dependent
    static class PeopleAndKeys implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            if (testUsers.exists(ADMIN)) {
                return;
            }
            testUsers.createWithApp(ADMIN, PASSWORD, null, SEED, true);
            testUsers.createWithApp(PERSON, PASSWORD, null, SEED, false);
            testUsers.addApiKey(ADMIN, "tfopsadmin00000001", "ops-admin-secret-for-the-test");
            testUsers.addApiKey(PERSON, "tfopsperson0000001", "ops-person-secret-for-the-test");
        }
    }

    /** The SMS gateway moved to an address where nothing listens, and a test SMS queued for it. */
    @Dependent
    static class DeadSmsGateway implements Fixture {

        @Inject
        private SmsSettingsService smsSettings;

        @Inject
        private Outbox outbox;

        @Override
        public void prepare() throws Exception {
            smsSettings.save(DEAD_GATEWAY, "text", "to", true, "Your code: {{otp}}", List.of(), TEST_ADMIN);
            outbox.enqueue(DeliveryChannel.SMS, "+4915100000099", MessagePurpose.TEST, null, "Is anyone there?");
        }
    }

    /** The SMS settings as the other tests expect them: no gateway (messages go to the outbox folder). */
    @Dependent
    static class NoSmsGateway implements Fixture {

        @Inject
        private SmsSettingsService smsSettings;

        @Override
        public void prepare() throws Exception {
            smsSettings.save("", "message", "to", true, "{{otp}} is your sign-in code.", List.of(), TEST_ADMIN);
        }
    }

    @BeforeAll
    static void peopleAndKeys() throws Exception {
        Fixtures.prepare(ARCHIVE, PeopleAndKeys.class);
    }

    @AfterAll
    static void smsAsBefore() throws Exception {
        Fixtures.prepare(ARCHIVE, NoSmsGateway.class);
    }

    @Test
    @RunAsClient
    void onlyTheMetricsKeyOrAnAdministratorsKeyReadsTheMetrics() throws Exception {
        assertEquals(401, ApiCalls.get("/metrics", null).status());
        assertEquals(401, ApiCalls.get("/metrics", "Bearer not-the-metrics-key").status());
        assertEquals(403, ApiCalls.get("/metrics", PERSON_KEY).status());
        for (String key : List.of(METRICS_KEY, ADMIN_KEY)) {
            Answer metrics = ApiCalls.get("/metrics", key);
            assertEquals(200, metrics.status());
            assertTrue(metrics.contentType().startsWith("text/plain;version=0.0.4"), metrics.contentType());
            assertTrue(metrics.body().contains("\njvm_memory_used_bytes{"), "the JVM's meters too");
            assertTrue(metrics.body().contains("\ntwofold_delivery_queue_messages{channel=\"sms\"}"));
        }
    }

    @Test
    @RunAsClient
    void aSignInIsCountedAndReachesTheSiemWithoutThePassword() throws Exception {
        String metricsBefore = ApiCalls.get("/metrics", METRICS_KEY).body();
        try (TestSyslog siem = TestSyslog.start()) {
            Browser stranger = new Browser();
            Browser.Page refused = stranger.submit(stranger.get("/login.xhtml"), "login",
                    Map.of("username", PERSON, "password", "not the password at all"), "submit");
            assertEquals("/login.xhtml", refused.path());
            Browser person = new Browser();
            Browser.Page code = person.submit(person.get("/login.xhtml"), "login",
                    Map.of("username", PERSON, "password", PASSWORD), "submit");
            Browser.Page desk = person.submit(code, "code", Map.of("otp", currentCode()), "verify");
            assertEquals("/desk.xhtml", desk.path());

            String failed = siem.awaitMessage(line -> line.contains("PASSWORD_FAILED") && line.contains("\"" + PERSON + "\""),
                    Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no PASSWORD_FAILED reached syslog"));
            assertTrue(failed.startsWith("<84>1 "), "authpriv.warning, RFC 5424: " + failed);
            JsonObject event = json(failed);
            assertEquals("failure", event.get("outcome").getAsString());
            assertTrue(event.get("time").getAsString().endsWith("Z"), "in UTC");
            assertFalse(event.get("clientAddress").getAsString().isBlank(), event.toString());
            String succeeded = siem.awaitMessage(line -> line.contains("SIGN_IN_SUCCEEDED") && line.contains("\"" + PERSON + "\""),
                    Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no SIGN_IN_SUCCEEDED reached syslog"));
            assertTrue(succeeded.startsWith("<85>1 "), "authpriv.notice: " + succeeded);
            assertEquals("success", json(succeeded).get("outcome").getAsString());
            assertFalse(String.join("\n", siem.received()).contains(PASSWORD), "no password reaches syslog");
            assertFalse(String.join("\n", siem.received()).contains("not the password at all"));
        }
        String metricsAfter = ApiCalls.get("/metrics", METRICS_KEY).body();
        String wrongPassword = "twofold_sign_in_steps_total{outcome=\"wrong\",step=\"password\"}";
        String appCode = "twofold_sign_in_steps_total{outcome=\"signed_in\",step=\"app_code\"}";
        assertTrue(value(metricsAfter, wrongPassword) >= value(metricsBefore, wrongPassword) + 1, metricsAfter);
        assertTrue(value(metricsAfter, appCode) >= value(metricsBefore, appCode) + 1, metricsAfter);
        assertTrue(value(metricsAfter, "twofold_password_hash_seconds_count") >= 2, "both passwords were hashed");
    }

    @Test
    @RunAsClient
    void theApiTheCommandLineAndTheConsoleSayTheReleaseAndTheSchema() throws Exception {
        Answer version = ApiCalls.call("GET", "version", ADMIN_KEY, null);
        assertEquals(200, version.status(), version.body());
        JsonObject said = JsonParser.parseString(version.body()).getAsJsonObject();
        assertEquals(System.getProperty("twofold.release"), said.get("release").getAsString());
        assertTrue(said.get("schema").getAsString().matches("\\d+-[a-z-]+"), said.toString());
        ApiCalls.Run run = ApiCalls.twofold(ADMIN_KEY.substring("token ".length()), "version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("server " + said.get("release").getAsString() + ", database schema " + said.get("schema").getAsString()),
                run.out());
        assertEquals(403, ApiCalls.call("GET", "version", PERSON_KEY, null).status());
    }

    @Test
    @RunAsClient
    void readinessNamesItsPartsAndAFailingSmsGatewayOnlyDegradesDelivery() throws Exception {
        Answer ready = ApiCalls.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        for (String part : List.of("database", "messaging", "signing-key")) {
            assertTrue(ready.body().contains("{\"name\":\"" + part + "\",\"status\":\"UP\""), ready.body());
        }
        Fixtures.prepare(ARCHIVE, DeadSmsGateway.class);
        Instant giveUp = Instant.now().plusSeconds(60);
        JsonObject sms;
        do {
            Thread.sleep(500);
            Answer delivery = ApiCalls.get("/delivery-health", null);
            assertEquals(200, delivery.status(), "degraded is still an answer, not an error");
            sms = null;
            for (JsonElement check : JsonParser.parseString(delivery.body()).getAsJsonObject().getAsJsonArray("checks")) {
                if (check.getAsJsonObject().get("name").getAsString().equals("sms")) {
                    sms = check.getAsJsonObject();
                }
            }
        } while (sms != null && sms.get("status").getAsString().equals("UP") && Instant.now().isBefore(giveUp));
        assertEquals("DEGRADED", sms.get("status").getAsString(), sms.toString());
        assertTrue(sms.getAsJsonObject("data").has("problem"), sms.toString());
        assertEquals(200, ApiCalls.get("/health/ready", null).status(), "still ready: app codes still work");
    }

    private static String currentCode() {
        return Totp.generate(Base32.decode(SEED), Instant.now().getEpochSecond(), TotpParameters.DEFAULT);
    }

    private static JsonObject json(String syslogMessage) {
        return JsonParser.parseString(syslogMessage.substring(syslogMessage.indexOf('{'))).getAsJsonObject();
    }

    /** A sample's value in Prometheus's text format; 0 when the series does not exist yet. */
    private static double value(String metrics, String series) {
        Matcher found = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }
}
