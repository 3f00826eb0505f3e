package org.twofold.service.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.service.delivery.DeliveryException;
import org.twofold.service.delivery.MessageTransport;

/**
 * Sends SMS through the company's own {@link SmsGateway} bean if one is deployed, else
 * through the HTTP gateway of the SMS settings.
 */
@ApplicationScoped
public class SmsGatewayTransport implements MessageTransport {

    @Inject
    @Any
    private Instance<SmsGateway> customGateways;

    @Inject
    private SmsSettingsService settings;

    /** Whether SMS can leave the machine: a custom gateway, or a configured HTTP gateway. */
    public boolean isAvailable() {
        return customGateways.isResolvable() || settings.current().isConfigured();
    }

    @Override
    public boolean carriesOffTheMachine(DeliveryChannel channel) {
        return channel == DeliveryChannel.SMS && isAvailable();
    }

    @Override
    public void send(OutboundMessage message) throws DeliveryException {
        SmsGateway gateway = customGateways.isResolvable()
                ? customGateways.get()
                : new HttpSmsGateway(settings.current());
        gateway.send(message.getRecipient(), message.getBody());
    }
}
