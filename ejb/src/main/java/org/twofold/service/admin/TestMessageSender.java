package org.twofold.service.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.domain.user.Contacts;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.delivery.MessageTexts;
import org.twofold.service.delivery.Outbox;
import org.twofold.service.settings.SettingsService;

/**
 * The Messaging page's test email and test SMS: queued like any message, so the queue shows
 * whether they went; each returns the message's id on the queue.
 */
@Stateless
public class TestMessageSender {

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private SettingsService settings;

    public long sendTestEmail(String address, Actor actor) throws RefusedException {
        String to = address == null ? "" : address.trim();
        if (!Contacts.isEmail(to)) {
            throw new RefusedException("messaging.testEmail.invalid");
        }
        OutboundMessage message = outbox.enqueue(DeliveryChannel.EMAIL, to, MessagePurpose.TEST,
                MessageTexts.text("test.subject"), MessageTexts.text("test.body", settings.current().getOtpIssuer()));
        audit.recordChange(actor, AuditEventType.TEST_MESSAGE_SENT, null, "test email #" + message.getId());
        return message.getId();
    }

    public long sendTestSms(String number, Actor actor) throws RefusedException {
        String to = Contacts.normalizePhone(number == null ? "" : number.trim());
        if (!Contacts.isPhone(to)) {
            throw new RefusedException("messaging.testSms.invalid");
        }
        OutboundMessage message = outbox.enqueue(DeliveryChannel.SMS, to, MessagePurpose.TEST, null,
                MessageTexts.text("test.sms", settings.current().getOtpIssuer()));
        audit.recordChange(actor, AuditEventType.TEST_MESSAGE_SENT, null, "test SMS #" + message.getId());
        return message.getId();
    }
}
