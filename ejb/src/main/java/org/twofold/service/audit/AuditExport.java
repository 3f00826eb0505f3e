package org.twofold.service.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Every event a query matches, as CSV, newest first, streamed from one database cursor so a
 * long log never sits in memory at once. The console writes times in the server's zone, the
 * API as ISO-8601 instants.
 */
public final class AuditExport {

    private AuditExport() {
    }

    public static void writeCsv(AuditLog audit, AuditQuery query, Writer out, Function<Instant, String> time)
            throws IOException {
        out.write(AuditCsv.line(List.of("id", "time", "event", "user", "admin", "ip", "detail")));
        audit.forEachMatching(query, e -> out.write(AuditCsv.line(Arrays.asList(String.valueOf(e.id()),
                time.apply(e.occurredAt()), e.type().name(), e.username(), e.actor(), e.clientIp(), e.detail()))));
    }
}
