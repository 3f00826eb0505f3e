package org.twofold.domain.sms;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A generic HTTP SMS gateway, described the way Frappe's SMS Settings do: the gateway URL,
 * the names of its message and receiver parameters, fixed parameters (optionally sent as
 * headers), GET or POST, and the text template, which must hold {@value #OTP_PLACEHOLDER}.
 * One row, id 1; an empty gateway URL means no gateway.
 */
@Entity
@Table(name = "TF_SMS_SETTINGS")
public class SmsSettings {

    public static final long SINGLETON_ID = 1L;
    public static final String OTP_PLACEHOLDER = "{{otp}}";

    @Id
    private Long id = SINGLETON_ID;

    @Column(length = 500)
    private String gatewayUrl;

    @Column(nullable = false, length = 100)
    private String messageParameter = "message";

    @Column(nullable = false, length = 100)
    private String receiverParameter = "to";

    /** POST by default: a GET puts the code in the URL, where proxies may log it. */
    @Column(nullable = false)
    private boolean usePost = true;

    @Column(nullable = false, length = 300)
    private String messageTemplate = "{{otp}} is your sign-in code. It is valid for {{minutes}} minutes.";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TF_SMS_STATIC_PARAMETER", joinColumns = @JoinColumn(name = "SETTINGS_ID"))
    @OrderColumn(name = "POSITION")
    private List<SmsStaticParameter> staticParameters = new ArrayList<>();

    public boolean isConfigured() {
        return gatewayUrl != null && !gatewayUrl.isBlank();
    }

    /** The text of an SMS carrying this code. */
    public String render(String code, int minutes) {
        return messageTemplate.replace(OTP_PLACEHOLDER, code).replace("{{minutes}}", String.valueOf(minutes));
    }

    /** Keys of what is wrong, for messages in the console; empty when the settings can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (isConfigured()) {
            try {
                URI uri = URI.create(gatewayUrl.trim());
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    problems.add("sms.gatewayUrl.invalid");
                }
            } catch (IllegalArgumentException e) {
                problems.add("sms.gatewayUrl.invalid");
            }
        }
        if (messageParameter == null || messageParameter.isBlank()) {
            problems.add("sms.messageParameter.required");
        }
        if (receiverParameter == null || receiverParameter.isBlank()) {
            problems.add("sms.receiverParameter.required");
        }
        if (messageTemplate == null || !messageTemplate.contains(OTP_PLACEHOLDER)) {
            problems.add("sms.template.needsOtp");
        }
        Set<String> names = new HashSet<>();
        for (SmsStaticParameter parameter : staticParameters) {
            if (parameter.getName() == null || parameter.getName().isBlank()) {
                problems.add("sms.staticParameter.nameRequired");
            } else if (!names.add(parameter.getName())) {
                problems.add("sms.staticParameter.duplicate");
            }
        }
        return problems;
    }

    public Long getId() {
        return id;
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

    public List<SmsStaticParameter> getStaticParameters() {
        return staticParameters;
    }
}
