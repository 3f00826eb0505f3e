package org.twofold.service.delivery;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.service.config.DeploymentConfig;

/**
 * One delivery attempt, in the transaction of the JMS message that asked for it. A failure
 * is recorded and, below the attempt limit, a new JMS message is scheduled after a back-off
 * in the same transaction; so no message is lost between the row and the queue.
 */
@Stateless
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private TransportSelector transports;

    @Inject
    private DeploymentConfig config;

    public void deliver(long messageId) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isDeliverable()) {
            return; // gone, or a duplicate JMS message for a message already done
        }
        Instant now = Instant.now();
        message.markSending(now);
        try {
            transports.forChannel(message.getChannel()).send(message);
            message.markSent(Instant.now());
        } catch (DeliveryException | RuntimeException e) {
            Duration retryIn = message.markAttemptFailed(e.getMessage(), Instant.now(), config.deliveryMaxAttempts(),
                    Duration.ofSeconds(config.deliveryFirstBackoffSeconds()));
            if (retryIn != null) {
                outbox.dispatch(message, retryIn);
                LOG.warning(describe(message) + " was not accepted (attempt " + message.getAttempts()
                        + "); retrying in " + retryIn.toSeconds() + " s: " + message.getLastError());
            } else {
                LOG.warning(describe(message) + " FAILED after " + message.getAttempts() + " attempts: "
                        + message.getLastError());
            }
        }
    }

    private static String describe(OutboundMessage message) {
        return (message.getChannel() == DeliveryChannel.EMAIL ? "Email " : "SMS ") + message.getId();
    }
}
