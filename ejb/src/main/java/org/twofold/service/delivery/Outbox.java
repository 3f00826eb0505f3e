package org.twofold.service.delivery;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.service.metrics.Meters;

/**
 * The transactional outbox: a message row and a JMS message naming it, in the caller's
 * transaction. If that transaction rolls back, neither exists; if it commits, both do.
 */
@Stateless
public class Outbox {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    @JMSConnectionFactory("jms/twofoldConnectionFactory")
    private JMSContext jms;

    @Inject
    private Meters meters;

    @Resource(lookup = "jms/twofoldEmailQueue")
    private Queue emailQueue;

    @Resource(lookup = "jms/twofoldSmsQueue")
    private Queue smsQueue;

    public OutboundMessage enqueue(DeliveryChannel channel, String recipient, MessagePurpose purpose,
                                   String subject, String body) {
        OutboundMessage message = new OutboundMessage(channel, recipient, purpose, subject, body, Instant.now());
        em.persist(message);
        em.flush(); // the id goes into the JMS message
        dispatch(message, Duration.ZERO);
        meters.messageQueued(channel.name().toLowerCase(Locale.ROOT), purpose.name().toLowerCase(Locale.ROOT));
        return message;
    }

    /** Puts a JMS message for this row on its channel's queue, due after {@code delay}. */
    public void dispatch(OutboundMessage message, Duration delay) {
        Queue queue = message.getChannel() == DeliveryChannel.EMAIL ? emailQueue : smsQueue;
        jms.createProducer()
                .setDeliveryMode(jakarta.jms.DeliveryMode.PERSISTENT)
                .setDeliveryDelay(delay.toMillis())
                .send(queue, String.valueOf(message.getId()));
    }

    public Optional<OutboundMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboundMessage.class, id));
    }
}
