package org.twofold.service.audit;

import java.io.Serializable;
import java.time.Instant;
import org.twofold.domain.audit.AuditEvent;
import org.twofold.domain.audit.AuditEventType;

/**
 * One audit event as the console, the Desk, the API and the CSV export show it: what pages
 * bind to, never the entity.
 *
 * @param username whom the event is about (as typed, for a failed sign-in)
 * @param actor    the administrator who made the change, else null
 */
public record AuditLine(long id, Instant occurredAt, AuditEventType type, String username, String actor, String clientIp,
                        String detail) implements Serializable {

    static AuditLine of(AuditEvent event) {
        return new AuditLine(event.getId(), event.getOccurredAt(), event.getType(), event.getUsername(), event.getActor(),
                event.getClientIp(), event.getDetail());
    }
}
