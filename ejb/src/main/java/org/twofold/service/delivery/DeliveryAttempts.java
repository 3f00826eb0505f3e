package org.twofold.service.delivery;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.service.config.DeploymentConfig;

/**
 * The two short transactions around a delivery attempt: taking the message, and recording
 * how the attempt went. Each commits at once, so no row is locked while SMTP or the SMS
 * gateway answers, and the code page's poll never waits on a send.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryAttempts {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private DeploymentConfig config;

    /**
     * Takes the message for this attempt (its status becomes SENDING, its attempts one more).
     *
     * @return the message to send, or empty when it is gone, done, or another worker has it
     */
    public Optional<OutboundMessage> claim(long messageId, Instant now) {
        int claimed = em.createNamedQuery(OutboundMessage.CLAIM)
                .setParameter("id", messageId)
                .setParameter("now", now)
                .setParameter("sendingBefore", now.minus(OutboundMessage.SENDING_TIMEOUT))
                .executeUpdate();
        return claimed == 1 ? Optional.ofNullable(em.find(OutboundMessage.class, messageId)) : Optional.empty();
    }

    public void recordSent(long messageId, Instant now) {
        em.find(OutboundMessage.class, messageId).markSent(now);
    }

    /**
     * Records a failed attempt and, below the attempt limit, schedules the next one: the JMS
     * message commits with the row (XA), so neither is lost without the other.
     *
     * @return the delay before the next attempt, or empty when the message FAILED for good
     */
    public Optional<Duration> recordFailure(long messageId, String error, Instant now) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId);
        Duration retryIn = message.markAttemptFailed(error, now, config.deliveryMaxAttempts(),
                Duration.ofSeconds(config.deliveryFirstBackoffSeconds()));
        if (retryIn != null) {
            outbox.dispatch(message, retryIn);
        }
        return Optional.ofNullable(retryIn);
    }
}
