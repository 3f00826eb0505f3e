package org.twofold.service.delivery;

import java.io.Serializable;
import java.time.Instant;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.DeliveryStatus;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.delivery.OutboundMessage;

/**
 * One message on the delivery queue as the console and the API show it, without its subject
 * or text (which may hold a code): what pages bind to, never the entity.
 *
 * @param retryable whether an administrator may send it again (it failed, and its text is still kept)
 */
public record QueueLine(long id, Instant createdAt, DeliveryChannel channel, String recipient, MessagePurpose purpose,
                        DeliveryStatus status, int attempts, String lastError, Instant nextAttemptAt, Instant sentAt,
                        boolean retryable) implements Serializable {

    static QueueLine of(OutboundMessage message) {
        return new QueueLine(message.getId(), message.getCreatedAt(), message.getChannel(), message.getRecipient(),
                message.getPurpose(), message.getStatus(), message.getAttempts(), message.getLastError(),
                message.getNextAttemptAt(), message.getSentAt(), message.isRetryable());
    }
}
