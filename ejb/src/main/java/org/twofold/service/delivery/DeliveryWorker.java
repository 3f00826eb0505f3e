package org.twofold.service.delivery;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.service.metrics.Meters;

/**
 * One delivery attempt: claim the message and commit, send it with no transaction open,
 * record the outcome in a new transaction (see {@link DeliveryAttempts}).
 *
 * <p>A message can still go out twice: when the node dies, or the database fails, after the
 * transport accepted it and before the outcome is recorded, the message stays SENDING and
 * the sweeper sends it again once {@link OutboundMessage#SENDING_TIMEOUT} has passed; and
 * when a transport accepts a message but its answer is lost, the attempt counts as failed
 * and is retried. That is the side to err on: a second copy of a code costs a glance, a
 * missing one locks someone out of their sign-in.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

    @Inject
    private DeliveryAttempts attempts;

    @Inject
    private TransportSelector transports;

    @Inject
    private Meters meters;

    public void deliver(long messageId) {
        Optional<OutboundMessage> claimed = attempts.claim(messageId, Instant.now());
        if (claimed.isEmpty()) {
            return; // gone, done, or a duplicate JMS message for a message another worker is sending
        }
        OutboundMessage message = claimed.get();
        try {
            transports.forChannel(message.getChannel()).send(message);
        } catch (DeliveryException | RuntimeException e) {
            String error = e.getMessage();
            Optional<Duration> retryIn = attempts.recordFailure(messageId, error, Instant.now());
            meters.deliveryAttempt(channelOf(message), retryIn.isPresent() ? "retrying" : "failed");
            if (retryIn.isPresent()) {
                LOG.warning(describe(message) + " was not accepted (attempt " + message.getAttempts()
                        + "); retrying in " + retryIn.get().toSeconds() + " s: " + error);
            } else {
                LOG.warning(describe(message) + " FAILED after " + message.getAttempts() + " attempts: " + error);
            }
            return;
        }
        attempts.recordSent(messageId, Instant.now());
        meters.deliveryAttempt(channelOf(message), "sent");
    }

    private static String channelOf(OutboundMessage message) {
        return message.getChannel().name().toLowerCase(Locale.ROOT);
    }

    private static String describe(OutboundMessage message) {
        return (message.getChannel() == DeliveryChannel.EMAIL ? "Email " : "SMS ") + message.getId();
    }
}
