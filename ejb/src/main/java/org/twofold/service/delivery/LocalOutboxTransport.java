package org.twofold.service.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.service.config.DeploymentConfig;

/**
 * The transport of a fresh install with no mail server or SMS gateway: each message
 * becomes a text file in the data directory's outbox folder, and the log says where.
 * The file is the delivered message, so it holds what the recipient would read.
 */
@ApplicationScoped
public class LocalOutboxTransport implements MessageTransport {

    private static final Logger LOG = Logger.getLogger(LocalOutboxTransport.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Inject
    private DeploymentConfig config;

    /** The outbox folder is the fallback: nothing it holds leaves the machine. */
    @Override
    public boolean carriesOffTheMachine(DeliveryChannel channel) {
        return false;
    }

    @Override
    public void send(OutboundMessage message) throws DeliveryException {
        if (message.getChannel() == DeliveryChannel.EMAIL) {
            requireEmailAddress(message.getRecipient());
        }
        Path folder = config.localOutboxDirectory();
        String extension = message.getChannel() == DeliveryChannel.EMAIL ? ".eml" : ".sms.txt";
        Path file = folder.resolve(STAMP.format(message.getCreatedAt()) + "-" + message.getId() + extension);
        String content = "To: " + message.getRecipient() + "\n"
                + (message.getSubject() == null ? "" : "Subject: " + message.getSubject() + "\n")
                + "\n" + message.getBody() + "\n";
        try {
            Files.createDirectories(folder);
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DeliveryException("Could not write to the local outbox folder: " + e.getMessage(), e);
        }
        LOG.info("No " + (message.getChannel() == DeliveryChannel.EMAIL ? "SMTP server" : "SMS gateway")
                + " is configured: message " + message.getId() + " was written to " + file);
    }

    static void requireEmailAddress(String recipient) throws DeliveryException {
        try {
            new InternetAddress(recipient, true).validate();
        } catch (AddressException e) {
            throw new DeliveryException("Not a valid email address: " + e.getMessage());
        }
    }
}
