package org.twofold.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.delivery.OutboundMessage;

/** Reads the outbox table for the delivery tests. */
@Stateless
public class TestMessages {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    /** The newest message to this recipient, read fresh. */
    public OutboundMessage latestTo(String recipient) {
        return em.createQuery("SELECT m FROM OutboundMessage m WHERE m.recipient = :r ORDER BY m.id DESC", OutboundMessage.class)
                .setParameter("r", recipient).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** A QUEUED row written as if its JMS message had been lost {@code ageMinutes} ago: no JMS message at all. */
    public long queuedWithoutJmsMessage(String recipient, String subject, int ageMinutes) {
        OutboundMessage message = new OutboundMessage(DeliveryChannel.EMAIL, recipient, MessagePurpose.TEST, subject,
                "Lost and found", Instant.now().minus(Duration.ofMinutes(ageMinutes)));
        em.persist(message);
        em.flush();
        return message.getId();
    }

    public long countTo(String recipient) {
        return em.createQuery("SELECT COUNT(m) FROM OutboundMessage m WHERE m.recipient = :r", Long.class)
                .setParameter("r", recipient).getSingleResult();
    }
}
