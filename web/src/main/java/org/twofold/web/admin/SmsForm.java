package org.twofold.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.twofold.domain.sms.SmsSettings;
import org.twofold.domain.sms.SmsStaticParameter;

/** The Messaging page's form for the HTTP SMS gateway: the values it edits, never the settings row. */
public final class SmsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String gatewayUrl;
    private String messageParameter;
    private String receiverParameter;
    private boolean usePost;
    private String messageTemplate;
    private final List<StaticParameterRow> staticParameters = new ArrayList<>();

    static SmsForm of(SmsSettings settings) {
        SmsForm form = new SmsForm();
        form.gatewayUrl = settings.getGatewayUrl();
        form.messageParameter = settings.getMessageParameter();
        form.receiverParameter = settings.getReceiverParameter();
        form.usePost = settings.isUsePost();
        form.messageTemplate = settings.getMessageTemplate();
        settings.getStaticParameters()
                .forEach(p -> form.staticParameters.add(new StaticParameterRow(p.getName(), p.getValue(), p.isHeader())));
        return form;
    }

    /** The table's lines as the service saves them. */
    List<SmsStaticParameter> staticParameters() {
        return staticParameters.stream().map(r -> new SmsStaticParameter(r.getName(), r.getValue(), r.isHeader())).toList();
    }

    /** One editable line of the static parameters table. */
    public static final class StaticParameterRow implements Serializable {
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

    public String getGatewayUrl() {
        return gatewayUrl;
    }

    public void setGatewayUrl(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    public String getMessageParameter() {
        return messageParameter;
    }

    public void setMessageParameter(String messageParameter) {
        this.messageParameter = messageParameter;
    }

    public String getReceiverParameter() {
        return receiverParameter;
    }

    public void setReceiverParameter(String receiverParameter) {
        this.receiverParameter = receiverParameter;
    }

    public boolean isUsePost() {
        return usePost;
    }

    public void setUsePost(boolean usePost) {
        this.usePost = usePost;
    }

    public String getMessageTemplate() {
        return messageTemplate;
    }

    public void setMessageTemplate(String messageTemplate) {
        this.messageTemplate = messageTemplate;
    }

    public List<StaticParameterRow> getStaticParameters() {
        return staticParameters;
    }
}
