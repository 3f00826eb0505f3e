package org.twofold.service.delivery;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.twofold.domain.delivery.OutboundMessage;

/** Email through the server's mail session (host, port, TLS, user and sender from server.xml). */
@ApplicationScoped
public class SmtpTransport implements MessageTransport {

    @Resource(lookup = "mail/twofold")
    private Session session;

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
            Transport.send(mime);
        } catch (MessagingException e) {
            // The exception text names the server and the failure, never the body.
            throw new DeliveryException("SMTP: " + e.getMessage(), e);
        }
    }
}
