package org.twofold.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public long countTo(String recipient) {
        return em.createQuery("SELECT COUNT(m) FROM OutboundMessage m WHERE m.recipient = :r", Long.class)
                .setParameter("r", recipient).getSingleResult();
    }
}
