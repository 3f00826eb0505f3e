package org.twofold.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.twofold.domain.sms.SmsSettings;
import org.twofold.domain.sms.SmsStaticParameter;
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

    /** A detached copy the form edits; saved only through the service, which checks it. */
    private SmsSettings sms;
    private List<StaticParameterRow> staticParameters;
    private String testEmailTo;
    private String testSmsTo;

    @PostConstruct
    void load() {
        sms = smsSettings.current();
        staticParameters = new ArrayList<>(sms.getStaticParameters().stream()
                .map(p -> new StaticParameterRow(p.getName(), p.getValue(), p.isHeader())).toList());
    }

    public void saveSms() {
        try {
            smsSettings.save(sms.getGatewayUrl(), sms.getMessageParameter(), sms.getReceiverParameter(), sms.isUsePost(),
                    sms.getMessageTemplate(),
                    staticParameters.stream().map(r -> new SmsStaticParameter(r.getName(), r.getValue(), r.isHeader()))
                            .toList(), console.actor());
            Messages.info("console.saved");
            load();
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void addParameter() {
        staticParameters.add(new StaticParameterRow(null, null, false));
    }

    public void removeParameter(StaticParameterRow row) {
        staticParameters.remove(row);
    }

    public void sendTestEmail() {
        try {
            Messages.info("messaging.testQueued", testMessages.sendTestEmail(testEmailTo, console.actor()).getId());
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void sendTestSms() {
        try {
            Messages.info("messaging.testQueued", testMessages.sendTestSms(testSmsTo, console.actor()).getId());
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

    /** One editable line of the static parameters table. */
    public static class StaticParameterRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String value;
        private boolean header;

        StaticParameterRow(String name, String value, boolean header) {
            this.name = name;
            this.value = value;
            this.header = header;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public boolean isHeader() {
            return header;
        }

        public void setHeader(boolean header) {
            this.header = header;
        }
    }

    public SmsSettings getSms() {
        return sms;
    }

    public List<StaticParameterRow> getStaticParameters() {
        return staticParameters;
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
