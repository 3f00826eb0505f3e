package org.twofold.service.auditfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.domain.audit.AuditEvent;
import org.twofold.domain.audit.AuditEventType;

class AuditJsonTest {

    private static JsonObject parse(String line) {
        return Json.createReader(new StringReader(line)).readObject();
    }

    @Test
    void aFailedSignInIsOneLineWithEveryField() {
        AuditEvent event = new AuditEvent(Instant.parse("2026-12-07T10:15:30.123456Z"), AuditEventType.PASSWORD_FAILED,
                "bob \"the\" builder", "10.0.0.7", "wrong password");
        String line = AuditJson.line(event, "node1");
        assertEquals(-1, line.indexOf('\n'));
        JsonObject json = parse(line);
        assertEquals("2026-12-07T10:15:30.123Z", json.getString("time"));
        assertEquals("PASSWORD_FAILED", json.getString("event"));
        assertEquals("bob \"the\" builder", json.getString("user"));
        assertEquals(JsonValue.NULL, json.get("actor"));
        assertEquals("10.0.0.7", json.getString("clientAddress"));
        assertEquals("node1", json.getString("node"));
        assertEquals(JsonValue.NULL, json.get("application"));
        assertEquals("failure", json.getString("outcome"));
        assertEquals("wrong password", json.getString("detail"));
    }

    @Test
    void anAdministratorsChangeNamesTheActor() {
        AuditEvent event = new AuditEvent(Instant.parse("2026-12-07T10:15:30Z"), AuditEventType.USER_DISABLED,
                "carol", "10.0.0.8", null).byActor("Administrator");
        JsonObject json = parse(AuditJson.line(event, "node2"));
        assertEquals("Administrator", json.getString("actor"));
        assertEquals("success", json.getString("outcome"));
        assertEquals(JsonValue.NULL, json.get("detail"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "application intranet, acr urn:twofold:2fa | intranet",
        "application wiki (forward authentication): holds none of its roles | wiki",
        "application crm: a code issued to another application | crm",
        "no application | ",
        "password only, by policy | ",
    })
    void theApplicationIsTheOneTheDetailNames(String detail, String application) {
        assertEquals(application, AuditJson.applicationOf(detail));
    }

    @Test
    void noDetailNoApplication() {
        assertNull(AuditJson.applicationOf(null));
    }
}
