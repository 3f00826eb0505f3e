package org.twofold.service.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.twofold.domain.audit.AuditEvent;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.service.BatchDelete;

/** Writes and reads the audit log. Callers pass no code, secret or password in {@code detail}. */
@Stateless
public class AuditLog {

    private static final int MAX_DETAIL = 500;

    private static final int EXPORT_FETCH_SIZE = 1000;

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Resource(lookup = "jdbc/twofold")
    private DataSource dataSource;

    @Inject
    private Event<AuditEvent> recorded;

    public void record(AuditEventType type, String username, String clientIp, String detail) {
        persist(new AuditEvent(Instant.now(Clock.systemUTC()), type, username, clientIp, shorten(detail)));
    }

    /** A change an administrator made, about {@code subject} (a username, or null for system-wide changes). */
    public void recordChange(Actor actor, AuditEventType type, String subject, String detail) {
        persist(new AuditEvent(Instant.now(Clock.systemUTC()), type, subject, actor.clientIp(), shorten(detail))
                .byActor(actor.username()));
    }

    /** Stores the event; once its transaction commits, the audit feed counts it and sends it on. */
    private void persist(AuditEvent event) {
        em.persist(event);
        recorded.fire(event);
    }

    public List<AuditLine> recentOf(String username, int max) {
        return em.createNamedQuery(AuditEvent.OF_USER, AuditEvent.class)
                .setParameter("username", username)
                .setMaxResults(max)
                .getResultStream().map(AuditLine::of).toList();
    }

    /** One page of matching events, newest first. */
    public List<AuditLine> search(AuditQuery query, int first, int max) {
        return where(query, "SELECT e FROM AuditEvent e", " ORDER BY e.id DESC", AuditEvent.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream().map(AuditLine::of).toList();
    }

    public long count(AuditQuery query) {
        return where(query, "SELECT COUNT(e) FROM AuditEvent e", "", Long.class).getSingleResult();
    }

    /** Where exported events go; an IOException (the client went away) stops the export. */
    @FunctionalInterface
    public interface RowSink {
        void accept(AuditLine line) throws IOException;
    }

    /**
     * Every matching event, newest first, handed to {@code sink} one at a time from a single
     * database cursor, so the whole log never sits in memory. Plain JDBC outside a transaction
     * (an export can outlast one): pages read after the last id made Derby scan and sort the
     * whole table for each page, as its optimiser does not see the page size.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void forEachMatching(AuditQuery query, RowSink sink) throws IOException {
        StringBuilder sql = new StringBuilder(
                "SELECT ID, OCCURREDAT, TYPE, USERNAME, ACTOR, CLIENTIP, DETAIL FROM TF_AUDIT_EVENT WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.user() != null && !query.user().isBlank()) {
            sql.append(" AND (USERNAME = ? OR ACTOR = ?)");
            parameters.add(query.user().trim());
            parameters.add(query.user().trim());
        }
        if (query.type() != null) {
            sql.append(" AND TYPE = ?");
            parameters.add(query.type().name());
        }
        if (query.from() != null) {
            sql.append(" AND OCCURREDAT >= ?");
            parameters.add(query.from().toEpochMilli());
        }
        if (query.to() != null) {
            sql.append(" AND OCCURREDAT < ?");
            parameters.add(query.to().toEpochMilli());
        }
        sql.append(" ORDER BY ID DESC");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.setFetchSize(EXPORT_FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(new AuditLine(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)),
                            AuditEventType.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit log could not be read", e);
        }
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
