package org.twofold.service.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.twofold.domain.delivery.DeliveryChannel;

/**
 * Picks the transport for a channel: the SMTP server or the SMS gateway when one is
 * configured, else the local outbox folder, so a fresh install shows its messages.
 */
@ApplicationScoped
public class TransportSelector {

    @Inject
    @Any
    private Instance<MessageTransport> transports;

    @Inject
    private LocalOutboxTransport localOutbox;

    public MessageTransport forChannel(DeliveryChannel channel) {
        return offTheMachine(channel).orElse(localOutbox);
    }

    /** Whether the channel's messages leave the machine (an SMTP server, an SMS gateway), rather than land in the outbox folder. */
    public boolean leavesTheMachine(DeliveryChannel channel) {
        return offTheMachine(channel).isPresent();
    }

    private Optional<MessageTransport> offTheMachine(DeliveryChannel channel) {
        return transports.stream().filter(transport -> transport.carriesOffTheMachine(channel)).findFirst();
    }
}
