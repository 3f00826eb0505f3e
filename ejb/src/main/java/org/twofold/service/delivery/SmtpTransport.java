package org.twofold.service.delivery;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.service.config.DeploymentConfig;

/** Email through the server's mail session (host, port, TLS, user and sender from server.xml). */
@ApplicationScoped
public class SmtpTransport implements MessageTransport {

    /** The header naming the message's entry on the delivery queue. */
    public static final String QUEUE_ID_HEADER = "X-Twofold-Queue-Id";

    @Resource(lookup = "mail/twofold")
    private Session session;

    @Inject
    private DeploymentConfig config;

    @Override
    public boolean carriesOffTheMachine(DeliveryChannel channel) {
        return channel == DeliveryChannel.EMAIL && config.smtpConfigured();
    }

    @Override
    public void send(OutboundMessage message) throws DeliveryException {
        LocalOutboxTransport.requireEmailAddress(message.getRecipient());
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(); // the session's mail.from, set by server.xml
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
            mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
            mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            // The delivery queue's id: IT matches a bounce or a complaint to its queue entry.
            mime.setHeader(QUEUE_ID_HEADER, String.valueOf(message.getId()));
            Transport.send(mime);
        } catch (MessagingException e) {
            // The exception text names the server and the failure, never the body.
            throw new DeliveryException("SMTP: " + e.getMessage(), e);
        }
    }
}
