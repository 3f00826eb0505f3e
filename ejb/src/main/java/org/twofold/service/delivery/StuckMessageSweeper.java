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
import org.twofold.domain.cluster.JobLease;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.service.cluster.JobLeases;

/**
 * Every minute, on one node of however many, re-queues messages that have been due for over
 * half a minute without a delivery attempt (a JMS message lost with a node that died, or to an
 * operator clearing the queue), and messages left SENDING by a sender that crashed before
 * recording the outcome. Each node's messaging engine is its own, but the outbox rows are
 * shared, so another node sends what a dead one had queued. A duplicate JMS message is
 * harmless: the worker's claim lets only one attempt through.
 */
@Singleton
public class StuckMessageSweeper {

    private static final Logger LOG = Logger.getLogger(StuckMessageSweeper.class.getName());
    private static final Duration OVERDUE = Duration.ofSeconds(30);
    /** Shorter than the minute between runs, so a node that dies holding it delays one run at most. */
    private static final Duration LEASE = Duration.ofSeconds(45);

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private JobLeases leases;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void requeueOverdue() {
        Instant now = Instant.now();
        if (!leases.take(JobLease.STUCK_MESSAGES, LEASE, now)) {
            return; // another node runs this turn
        }
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
