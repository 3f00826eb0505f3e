package org.twofold.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.twofold.service.RefusedException;
import org.twofold.service.admin.TestMessageSender;
import org.twofold.service.delivery.DeliveryQueue;
import org.twofold.service.delivery.EmailSettingsView;
import org.twofold.service.sms.SmsSettingsService;
import org.twofold.web.i18n.Messages;

/** Email (read from the server configuration) and SMS gateway settings, each with a test message. */
@Named
@ViewScoped
public class MessagingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SmsSettingsService smsSettings;

    @Inject
    private DeliveryQueue queue;

    @Inject
    private TestMessageSender testMessages;

    @Inject
    private ConsoleActor console;

    private SmsForm sms;
    private String testEmailTo;
    private String testSmsTo;

    @PostConstruct
    void load() {
        sms = SmsForm.of(smsSettings.current());
    }

    public void saveSms() {
        try {
            smsSettings.save(sms.getGatewayUrl(), sms.getMessageParameter(), sms.getReceiverParameter(), sms.isUsePost(),
                    sms.getMessageTemplate(), sms.staticParameters(), console.actor());
            Messages.info("console.saved");
            load();
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void addParameter() {
        sms.getStaticParameters().add(new SmsForm.StaticParameterRow(null, null, false));
    }

    public void removeParameter(SmsForm.StaticParameterRow row) {
        sms.getStaticParameters().remove(row);
    }

    public void sendTestEmail() {
        try {
            Messages.info("messaging.testQueued", testMessages.sendTestEmail(testEmailTo, console.actor()));
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void sendTestSms() {
        try {
            Messages.info("messaging.testQueued", testMessages.sendTestSms(testSmsTo, console.actor()));
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public EmailSettingsView getEmail() {
        return queue.emailSettings();
    }

    public boolean isSmsReady() {
        return queue.smsGatewayReady();
    }

    public SmsForm getSms() {
        return sms;
    }

    public String getTestEmailTo() {
        return testEmailTo;
    }

    public void setTestEmailTo(String testEmailTo) {
        this.testEmailTo = testEmailTo;
    }

    public String getTestSmsTo() {
        return testSmsTo;
    }

    public void setTestSmsTo(String testSmsTo) {
        this.testSmsTo = testSmsTo;
    }
}
