package org.twofold.service.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.sms.SmsGatewayTransport;

/**
 * Picks the transport for a channel: the SMTP server or the SMS gateway when one is
 * configured, else the local outbox folder, so a fresh install shows its messages.
 */
@ApplicationScoped
public class TransportSelector {

    @Inject
    private DeploymentConfig config;

    @Inject
    private SmtpTransport smtp;

    @Inject
    private SmsGatewayTransport sms;

    @Inject
    private LocalOutboxTransport localOutbox;

    public MessageTransport forChannel(DeliveryChannel channel) {
        if (channel == DeliveryChannel.EMAIL && config.smtpConfigured()) {
            return smtp;
        }
        if (channel == DeliveryChannel.SMS && sms.isAvailable()) {
            return sms;
        }
        return localOutbox;
    }
}
