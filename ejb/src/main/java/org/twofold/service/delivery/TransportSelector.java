package org.twofold.service.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.service.config.DeploymentConfig;

/**
 * Picks the transport for a channel: the SMTP server when one is configured, else the
 * local outbox folder. SMS goes to the local folder until a gateway can be configured.
 */
@ApplicationScoped
public class TransportSelector {

    @Inject
    private DeploymentConfig config;

    @Inject
    private SmtpTransport smtp;

    @Inject
    private LocalOutboxTransport localOutbox;

    public MessageTransport forChannel(DeliveryChannel channel) {
        if (channel == DeliveryChannel.EMAIL && config.smtpConfigured()) {
            return smtp;
        }
        return localOutbox;
    }
}
