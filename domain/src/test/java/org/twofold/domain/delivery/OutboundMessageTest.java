package org.twofold.domain.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {

    private final Instant now = Instant.parse("2026-01-01T10:00:00Z");

    private OutboundMessage message() {
        return new OutboundMessage(DeliveryChannel.EMAIL, "a@example.test", MessagePurpose.SIGN_IN_CODE,
                "Your code", "Your code is 123456", now);
    }

    @Test
    void aSentMessageForgetsItsBody() {
        OutboundMessage m = message();
        m.markSending(now);
        m.markSent(now);
        assertEquals(DeliveryStatus.SENT, m.getStatus());
        assertNull(m.getBody());
    }

    @Test
    void failuresBackOffExponentiallyThenFailForGoodWithoutTheBody() {
        OutboundMessage m = message();
        Duration first = Duration.ofSeconds(10);
        m.markSending(now);
        assertEquals(Duration.ofSeconds(10), m.markAttemptFailed("connection refused", now, 3, first));
        assertEquals(DeliveryStatus.QUEUED, m.getStatus());
        assertEquals(now.plusSeconds(10), m.getNextAttemptAt());
        m.markSending(now);
        assertEquals(Duration.ofSeconds(20), m.markAttemptFailed("connection refused", now, 3, first));
        m.markSending(now);
        assertNull(m.markAttemptFailed("connection refused", now, 3, first));
        assertEquals(DeliveryStatus.FAILED, m.getStatus());
        assertEquals(3, m.getAttempts());
        assertEquals("connection refused", m.getLastError());
        assertNull(m.getBody());
        assertFalse(m.isRetryable(), "a failed code cannot be sent again");
        assertThrows(IllegalStateException.class, () -> m.requeue(now));
    }

    @Test
    void aFailedNoticeKeepsItsBodyAndCanBeRetriedWithAFreshRunOfAttempts() {
        OutboundMessage m = new OutboundMessage(DeliveryChannel.EMAIL, "a@example.test", MessagePurpose.SECURITY_NOTICE,
                "Your sign-in was reset", "An administrator reset your app.", now);
        m.markSending(now);
        assertNull(m.markAttemptFailed("connection refused", now, 1, Duration.ofSeconds(1)));
        assertEquals("An administrator reset your app.", m.getBody());
        assertTrue(m.isRetryable());

        m.requeue(now.plusSeconds(60));
        assertEquals(DeliveryStatus.QUEUED, m.getStatus());
        assertEquals(0, m.getAttempts());
        assertNull(m.getLastError());
        assertFalse(m.isRetryable());
    }

    /** The sweeper's case: QUEUED for too long (its JMS message lost) is due again; the attempts so far stay. */
    @Test
    void anOverdueQueuedMessageIsRedispatchedKeepingItsAttempts() {
        OutboundMessage m = new OutboundMessage(DeliveryChannel.EMAIL, "a@example.test", MessagePurpose.SIGN_IN_CODE,
                "Code", "123456", now);
        m.markSending(now);
        m.markAttemptFailed("connection refused", now, 5, Duration.ofSeconds(10));
        m.redispatch(now.plusSeconds(300));
        assertEquals(DeliveryStatus.QUEUED, m.getStatus());
        assertEquals(1, m.getAttempts());
        assertEquals(now.plusSeconds(300), m.getNextAttemptAt());

        m.markSending(now);
        m.markSent(now);
        assertThrows(IllegalStateException.class, () -> m.redispatch(now), "a sent message is not sent again");
    }

    @Test
    void aMessageLeftSendingByACrashedSenderIsQueuedAgainKeepingItsAttempt() {
        OutboundMessage m = message();
        m.markSending(now);
        m.redispatch(now.plus(OutboundMessage.SENDING_TIMEOUT));
        assertEquals(DeliveryStatus.QUEUED, m.getStatus());
        assertEquals(1, m.getAttempts(), "the attempt that may have gone out still counts");
        assertEquals(now.plus(OutboundMessage.SENDING_TIMEOUT), m.getNextAttemptAt());
    }

    @Test
    void backOffIsCappedAtTenMinutesAndErrorsAreTruncated() {
        assertEquals(Duration.ofMinutes(10), OutboundMessage.backoff(30, Duration.ofSeconds(10)));
        OutboundMessage m = message();
        m.markSending(now);
        m.markAttemptFailed("x".repeat(5000), now, 5, Duration.ofSeconds(1));
        assertEquals(OutboundMessage.MAX_ERROR_LENGTH, m.getLastError().length());
        assertEquals(DeliveryStatus.QUEUED, m.getStatus(), "below the limit it is tried again");
    }
}
