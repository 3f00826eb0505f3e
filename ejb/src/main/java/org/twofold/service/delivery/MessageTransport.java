package org.twofold.service.delivery;

import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.OutboundMessage;

/**
 * Hands one message to whatever carries it. Throws when it was not accepted. Each transport
 * is a CDI bean; {@link TransportSelector} finds them, so a channel's transport (the SMS
 * gateway's, in its own package) is added without this package knowing it.
 */
public interface MessageTransport {

    void send(OutboundMessage message) throws DeliveryException;

    /** Whether this transport takes the channel's messages off the machine now (configured, reachable in principle). */
    boolean carriesOffTheMachine(DeliveryChannel channel);
}
