package org.twofold.service.delivery;

import org.twofold.domain.delivery.OutboundMessage;

/** Hands one message to whatever carries it. Throws when it was not accepted. */
public interface MessageTransport {

    void send(OutboundMessage message) throws DeliveryException;
}
