package org.twofold.service.delivery;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.DeliveryStatus;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.domain.user.Contacts;
import org.twofold.service.BatchDelete;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.config.DeploymentConfig;

/** The delivery queue as admins see it: messages by status, retries, and test messages. */
@Stateless
public class DeliveryQueue {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private DeploymentConfig deployment;

    @Inject
    private TransportSelector transports;

    @Resource(lookup = "mail/twofold")
    private Session mailSession;

    /** One page of messages, newest first; a null status means all. */
    public List<QueueLine> list(DeliveryStatus status, int first, int max) {
        return byStatus("SELECT m FROM OutboundMessage m", status, " ORDER BY m.id DESC", OutboundMessage.class)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(QueueLine::of).toList();
    }

    public long count(DeliveryStatus status) {
        return byStatus("SELECT COUNT(m) FROM OutboundMessage m", status, "", Long.class).getSingleResult();
    }

    /** Messages per status, every status present, in one query. */
    public Map<DeliveryStatus, Long> countsByStatus() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("SELECT m.status, COUNT(m) FROM OutboundMessage m GROUP BY m.status", Object[].class)
                .getResultStream()
                .forEach(row -> counts.put((DeliveryStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Each channel's backlog, every channel present: messages waiting (queued or being sent),
     * the oldest of them, how many of them already failed an attempt, and how many failed for
     * good since {@code failedSince}. Two grouped queries, for health checks and metrics.
     */
    public List<ChannelBacklog> backlog(Instant failedSince) {
        Map<DeliveryChannel, ChannelBacklog> backlog = new EnumMap<>(DeliveryChannel.class);
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            backlog.put(channel, new ChannelBacklog(channel, 0, null, 0, 0));
        }
        em.createQuery("SELECT m.channel, COUNT(m), MIN(m.createdAt), SUM(CASE WHEN m.attempts > 0 THEN 1 ELSE 0 END) "
                        + "FROM OutboundMessage m WHERE m.status IN (org.twofold.domain.delivery.DeliveryStatus.QUEUED, "
                        + "org.twofold.domain.delivery.DeliveryStatus.SENDING) GROUP BY m.channel", Object[].class)
                .getResultStream()
                .forEach(row -> backlog.put((DeliveryChannel) row[0], new ChannelBacklog((DeliveryChannel) row[0],
                        (Long) row[1], (Instant) row[2], ((Number) row[3]).longValue(), 0)));
        em.createQuery("SELECT m.channel, COUNT(m) FROM OutboundMessage m "
                        + "WHERE m.status = org.twofold.domain.delivery.DeliveryStatus.FAILED AND m.updatedAt >= :since "
                        + "GROUP BY m.channel", Object[].class)
                .setParameter("since", failedSince)
                .getResultStream()
                .forEach(row -> backlog.computeIfPresent((DeliveryChannel) row[0],
                        (channel, found) -> found.withFailedLately((Long) row[1])));
        return List.copyOf(backlog.values());
    }

    /** Sends one failed message again, with a fresh run of attempts. */
    public void retry(long id, Actor actor) throws RefusedException {
        OutboundMessage message = em.find(OutboundMessage.class, id);
        if (message == null) {
            throw new RefusedException("queue.gone");
        }
        if (!message.isRetryable()) {
            throw new RefusedException(message.getStatus() == DeliveryStatus.FAILED
                    ? "queue.retry.holdsSecret" : "queue.retry.notFailed");
        }
        requeue(message, actor);
    }

    /** Sends every failed message that can be sent again; returns how many. */
    public int retryAllFailed(Actor actor) {
        List<OutboundMessage> failed = em.createQuery("SELECT m FROM OutboundMessage m WHERE m.status = :failed "
                        + "AND m.body IS NOT NULL ORDER BY m.id", OutboundMessage.class)
                .setParameter("failed", DeliveryStatus.FAILED).getResultList();
        failed.forEach(m -> requeue(m, actor));
        return failed.size();
    }

    public Optional<QueueLine> find(long id) {
        return Optional.ofNullable(em.find(OutboundMessage.class, id)).map(QueueLine::of);
    }

    /** What the server's mail session is set to, for the console; never the password. */
    public EmailSettingsView emailSettings() {
        Properties p = mailSession.getProperties();
        return new EmailSettingsView(deployment.smtpConfigured(), p.getProperty("mail.smtp.host", ""),
                p.getProperty("mail.smtp.port", "25"), Boolean.parseBoolean(p.getProperty("mail.smtp.starttls.enable")),
                Boolean.parseBoolean(p.getProperty("mail.smtp.auth")), p.getProperty("mail.smtp.user",
                p.getProperty("mail.user", "")), p.getProperty("mail.from", ""),
                deployment.localOutboxDirectory().toString());
    }

    public boolean smsGatewayReady() {
        return transports.leavesTheMachine(DeliveryChannel.SMS);
    }

    private void requeue(OutboundMessage message, Actor actor) {
        message.requeue(Instant.now());
        outbox.dispatch(message, Duration.ZERO);
        audit.recordChange(actor, AuditEventType.MESSAGE_RETRIED, null,
                message.getChannel().name().toLowerCase() + " #" + message.getId());
    }

    private <T> TypedQuery<T> byStatus(String select, DeliveryStatus status, String order, Class<T> type) {
        if (status == null) {
            return em.createQuery(select + order, type);
        }
        return em.createQuery(select + " WHERE m.status = :status" + order, type).setParameter("status", status);
    }

    /** Deletes up to {@code max} messages sent before {@code cutoff}; returns how many. */
    public int deleteSent(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "OutboundMessage", "id", "e.status = :sent AND e.sentAt < :cutoff",
                Map.of("sent", DeliveryStatus.SENT, "cutoff", cutoff));
    }
}
