package org.twofold.service.delivery;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.twofold.domain.delivery.OutboundMessage;

/**
 * Every minute, re-queues messages that have been due for over two minutes without a
 * delivery attempt (a JMS message lost to a crash or an operator clearing the queue), and
 * messages left SENDING by a sender that crashed before recording the outcome. A duplicate
 * JMS message is harmless: the worker's claim lets only one attempt through.
 */
@Singleton
public class StuckMessageSweeper {

    private static final Logger LOG = Logger.getLogger(StuckMessageSweeper.class.getName());
    private static final Duration OVERDUE = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void requeueOverdue() {
        Instant now = Instant.now();
        List<OutboundMessage> overdue = em.createNamedQuery(OutboundMessage.OVERDUE, OutboundMessage.class)
                .setParameter("before", now.minus(OVERDUE))
                .setParameter("sendingBefore", now.minus(OutboundMessage.SENDING_TIMEOUT))
                .setMaxResults(100)
                .getResultList();
        for (OutboundMessage message : overdue) {
            message.redispatch(now);
            outbox.dispatch(message, Duration.ZERO);
        }
        if (!overdue.isEmpty()) {
            LOG.info("Re-queued " + overdue.size() + " overdue outbound message(s)");
        }
    }
}
