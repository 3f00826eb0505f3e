package org.twofold.service.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.twofold.domain.audit.AuditEvent;

/**
 * Every event a query matches, as CSV, newest first, read page by page (each page a fresh
 * read after the last id) so a long log never sits in memory at once. The console writes times in the server's zone, the API as ISO-8601 instants.
 */
public final class AuditExport {

    static final int PAGE = 500;

    private AuditExport() {
    }

    public static void writeCsv(AuditLog audit, AuditQuery query, Writer out, Function<Instant, String> time)
            throws IOException {
        out.write(AuditCsv.line(List.of("id", "time", "event", "user", "admin", "ip", "detail")));
        Long before = null;
        while (true) {
            List<AuditEvent> page = audit.searchBefore(query, before, PAGE);
            for (AuditEvent e : page) {
                out.write(AuditCsv.line(Arrays.asList(String.valueOf(e.getId()), time.apply(e.getOccurredAt()),
                        e.getType().name(), e.getUsername(), e.getActor(), e.getClientIp(), e.getDetail())));
            }
            if (page.size() < PAGE) {
                return;
            }
            before = page.get(page.size() - 1).getId();
        }
    }
}
