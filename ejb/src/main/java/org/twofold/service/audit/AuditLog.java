package org.twofold.service.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.twofold.domain.audit.AuditEvent;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.service.BatchDelete;
import org.twofold.service.admin.Actor;

/** Writes and reads the audit log. Callers pass no code, secret or password in {@code detail}. */
@Stateless
public class AuditLog {

    private static final int MAX_DETAIL = 500;

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    public void record(AuditEventType type, String username, String clientIp, String detail) {
        em.persist(new AuditEvent(Instant.now(Clock.systemUTC()), type, username, clientIp, shorten(detail)));
    }

    /** A change an administrator made, about {@code subject} (a username, or null for system-wide changes). */
    public void recordChange(Actor actor, AuditEventType type, String subject, String detail) {
        em.persist(new AuditEvent(Instant.now(Clock.systemUTC()), type, subject, actor.clientIp(), shorten(detail))
                .byActor(actor.username()));
    }

    public List<AuditEvent> recentOf(String username, int max) {
        return em.createNamedQuery(AuditEvent.OF_USER, AuditEvent.class)
                .setParameter("username", username)
                .setMaxResults(max)
                .getResultList();
    }

    /** One page of matching events, newest first. */
    public List<AuditEvent> search(AuditQuery query, int first, int max) {
        return where(query, "SELECT e FROM AuditEvent e", " ORDER BY e.id DESC", AuditEvent.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(AuditQuery query) {
        return where(query, "SELECT COUNT(e) FROM AuditEvent e", "", Long.class).getSingleResult();
    }

    /**
     * The next matching events older than {@code beforeId} (null: the newest), newest first:
     * an export reads the whole log this way in pages, each as quick as the first, where an
     * offset would make the database step over every earlier row again.
     */
    public List<AuditEvent> searchBefore(AuditQuery query, Long beforeId, int max) {
        TypedQuery<AuditEvent> page = where(query, "SELECT e FROM AuditEvent e", beforeId == null ? " ORDER BY e.id DESC"
                : " AND e.id < :before ORDER BY e.id DESC", AuditEvent.class);
        if (beforeId != null) {
            page.setParameter("before", beforeId);
        }
        return page.setMaxResults(max).getResultList();
    }

    /** When an event of one of these types happened, since {@code from}: just the type and time, for counting. */
    public record Occurrence(AuditEventType type, Instant at) {
    }

    public List<Occurrence> occurrencesSince(Instant from, List<AuditEventType> types) {
        return em.createQuery("SELECT e.type, e.occurredAt FROM AuditEvent e WHERE e.occurredAt >= :from "
                        + "AND e.type IN :types", Object[].class)
                .setParameter("from", from)
                .setParameter("types", types)
                .getResultStream()
                .map(row -> new Occurrence((AuditEventType) row[0], (Instant) row[1]))
                .toList();
    }

    private <T> TypedQuery<T> where(AuditQuery query, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        boolean byUser = query.user() != null && !query.user().isBlank();
        if (byUser) {
            jpql.append(" AND (e.username = :user OR e.actor = :user)");
        }
        if (query.type() != null) {
            jpql.append(" AND e.type = :type");
        }
        if (query.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
        }
        if (query.to() != null) {
            jpql.append(" AND e.occurredAt < :to");
        }
        TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
        if (byUser) {
            typed.setParameter("user", query.user().trim());
        }
        if (query.type() != null) {
            typed.setParameter("type", query.type());
        }
        if (query.from() != null) {
            typed.setParameter("from", query.from());
        }
        if (query.to() != null) {
            typed.setParameter("to", query.to());
        }
        return typed;
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    /** Deletes up to {@code max} events that happened before {@code cutoff}; returns how many. */
    public int deleteBefore(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "AuditEvent", "id", "e.occurredAt < :cutoff", Map.of("cutoff", cutoff));
    }
}
