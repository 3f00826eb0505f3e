package org.twofold.domain.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One email or SMS in the transactional outbox: written in the same transaction as what
 * needs it, delivered by a message-driven bean, retried with back-off. A body that holds a
 * code or link is removed once the message is SENT or FAILED; other failed messages keep
 * theirs, so an admin can send them again.
 */
@Entity
@Table(name = "TF_OUTBOUND_MESSAGE")
@NamedQuery(name = OutboundMessage.OVERDUE,
        query = "SELECT m FROM OutboundMessage m WHERE (m.status = org.twofold.domain.delivery.DeliveryStatus.QUEUED "
                + "AND m.nextAttemptAt < :before) OR (m.status = org.twofold.domain.delivery.DeliveryStatus.SENDING "
                + "AND m.updatedAt < :sendingBefore) ORDER BY m.id")
@NamedQuery(name = OutboundMessage.CLAIM,
        query = "UPDATE OutboundMessage m SET m.status = org.twofold.domain.delivery.DeliveryStatus.SENDING, "
                + "m.attempts = m.attempts + 1, m.updatedAt = :now WHERE m.id = :id "
                + "AND (m.status = org.twofold.domain.delivery.DeliveryStatus.QUEUED "
                + "OR (m.status = org.twofold.domain.delivery.DeliveryStatus.SENDING AND m.updatedAt < :sendingBefore))")
public class OutboundMessage {

    /** QUEUED messages due before {@code :before}, and SENDING ones whose sender went quiet before {@code :sendingBefore}. */
    public static final String OVERDUE = "OutboundMessage.overdue";
    /**
     * Takes a message for one delivery attempt: QUEUED, or SENDING by a sender that went quiet
     * before {@code :sendingBefore} (it crashed). One conditional UPDATE, so of two workers on
     * any nodes only one gets it; the same change as {@link #markSending}.
     */
    public static final String CLAIM = "OutboundMessage.claim";
    /**
     * How long a delivery attempt may take before its message counts as abandoned: well above
     * the transports' timeouts (SMTP and the SMS gateway give up within half a minute).
     */
    public static final Duration SENDING_TIMEOUT = Duration.ofMinutes(5);
    static final int MAX_ERROR_LENGTH = 1000;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DeliveryChannel channel;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessagePurpose purpose;

    @Column(length = 200)
    private String subject;

    /** Null once the message is SENT, or FAILED holding a code or link. */
    @Column(length = 4000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DeliveryStatus status = DeliveryStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    /** When a QUEUED message is due; the sweeper re-queues those long overdue. */
    @Column(nullable = false)
    private Instant nextAttemptAt;

    private Instant sentAt;

    protected OutboundMessage() {
    }

    public OutboundMessage(DeliveryChannel channel, String recipient, MessagePurpose purpose, String subject,
                           String body, Instant now) {
        this.channel = channel;
        this.recipient = recipient;
        this.purpose = purpose;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
        this.nextAttemptAt = now;
    }

    public void markSending(Instant now) {
        status = DeliveryStatus.SENDING;
        attempts++;
        updatedAt = now;
    }

    public void markSent(Instant now) {
        status = DeliveryStatus.SENT;
        sentAt = now;
        updatedAt = now;
        lastError = null;
        body = null;
    }

    /**
     * Records a failed attempt. Below the limit the message goes back to QUEUED, due after
     * an exponential back-off; at the limit it is FAILED for good.
     *
     * @return the delay before the next attempt, or null if the message FAILED
     */
    public Duration markAttemptFailed(String error, Instant now, int maxAttempts, Duration firstBackoff) {
        lastError = error == null ? "unknown error"
                : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        updatedAt = now;
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.FAILED;
            if (purpose.holdsSecret()) {
                body = null;
            }
            return null;
        }
        Duration delay = backoff(attempts, firstBackoff);
        status = DeliveryStatus.QUEUED;
        nextAttemptAt = now.plus(delay);
        return delay;
    }

    /** first, 2×first, 4×first, ... capped at ten minutes. */
    static Duration backoff(int attemptsSoFar, Duration first) {
        Duration delay = first.multipliedBy(1L << Math.min(Math.max(attemptsSoFar - 1, 0), 20));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    /**
     * Whether an admin can send this message again: it FAILED and still has its body. A
     * failed code or link cannot be sent again (it is gone, and would be stale); the user
     * asks for a new one.
     */
    public boolean isRetryable() {
        return status == DeliveryStatus.FAILED && body != null;
    }

    /** An admin's retry: a fresh run of attempts, starting now. */
    public void requeue(Instant now) {
        if (!isRetryable()) {
            throw new IllegalStateException("Message " + id + " cannot be retried");
        }
        status = DeliveryStatus.QUEUED;
        attempts = 0;
        lastError = null;
        nextAttemptAt = now;
        updatedAt = now;
    }

    /**
     * The sweeper's re-dispatch of a QUEUED message whose JMS message was lost, or of a
     * SENDING one whose sender crashed before recording the outcome: due now, its attempts so
     * far kept, so the attempt limit still holds.
     */
    public void redispatch(Instant now) {
        if (status != DeliveryStatus.QUEUED && status != DeliveryStatus.SENDING) {
            throw new IllegalStateException("Message " + id + " is not waiting to be sent");
        }
        status = DeliveryStatus.QUEUED;
        nextAttemptAt = now;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public DeliveryChannel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public MessagePurpose getPurpose() {
        return purpose;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
