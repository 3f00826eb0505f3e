package org.twofold.service.audit;

import java.time.Instant;
import org.twofold.domain.audit.AuditEventType;

/**
 * A filter over the audit log; null parts match everything. {@code user} matches both whom
 * an event is about and the admin who caused it.
 */
public record AuditQuery(String user, AuditEventType type, Instant from, Instant to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null);
    }
}
