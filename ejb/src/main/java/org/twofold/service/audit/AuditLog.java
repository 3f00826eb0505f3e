package org.twofold.service.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.twofold.domain.audit.AuditEvent;
import org.twofold.domain.audit.AuditEventType;

/** Writes and reads the audit log. Callers pass no code, secret or password in {@code detail}. */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    public void record(AuditEventType type, String username, String clientIp, String detail) {
        em.persist(new AuditEvent(Instant.now(Clock.systemUTC()), type, username, clientIp, detail));
    }

    public List<AuditEvent> recentOf(String username, int max) {
        return em.createNamedQuery(AuditEvent.OF_USER, AuditEvent.class)
                .setParameter("username", username)
                .setMaxResults(max)
                .getResultList();
    }
}
