package org.twofold.service.auditfeed;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.twofold.domain.audit.AuditEvent;

/**
 * One audit event as one line of JSON: time in UTC, event, user, acting administrator, client
 * address, node, application, outcome and the event's detail. The audit log holds no code,
 * secret or password, so neither does the line. Absent values are JSON nulls, so every line has
 * the same fields.
 */
public final class AuditJson {

    /** How the services name an application in an event's detail ("application intranet: ..."). */
    private static final Pattern APPLICATION = Pattern.compile("^application ([^\\s,:()]+)");

    private AuditJson() {
    }

    public static String line(AuditEvent event, String node) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("time", DateTimeFormatter.ISO_INSTANT.format(event.getOccurredAt().truncatedTo(ChronoUnit.MILLIS)))
                .add("event", event.getType().name());
        put(json, "user", event.getUsername());
        put(json, "actor", event.getActor());
        put(json, "clientAddress", event.getClientIp());
        put(json, "node", node);
        put(json, "application", applicationOf(event.getDetail()));
        json.add("outcome", AuditOutcome.of(event.getType()));
        put(json, "detail", event.getDetail());
        return json.build().toString();
    }

    static String applicationOf(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher found = APPLICATION.matcher(detail);
        return found.find() ? found.group(1) : null;
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
