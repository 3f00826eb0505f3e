package org.twofold.service.delivery;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/** The JMS side of a delivery request: a text message holding the outbox row's id. */
final class DeliveryRequests {

    private DeliveryRequests() {
    }

    static long messageId(Message message) {
        try {
            return Long.parseLong(((TextMessage) message).getText());
        } catch (JMSException | ClassCastException | NumberFormatException e) {
            throw new IllegalArgumentException("Not a delivery request", e);
        }
    }
}
