package org.twofold.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.twofold.service.oidc.ApplicationDraft;
import org.twofold.service.oidc.ApplicationSummary;

/**
 * The Applications page's form: addresses typed one per line, roles ticked. It makes an
 * {@link ApplicationDraft}, the same the API and the command line send, so the rules are the
 * services' alone.
 */
public class ApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean creating = true;
    private String clientId;
    private String name;
    private String redirectUris;
    private String postLogoutUris;
    private String backchannelLogoutUri;
    private boolean publicClient;
    private boolean requireSecondFactor;
    private List<String> allowedRoles = new ArrayList<>();
    private boolean enabled = true;

    /** The form filled with a registered application, to change it. */
    static ApplicationForm of(ApplicationSummary application) {
        ApplicationForm form = new ApplicationForm();
        form.creating = false;
        form.clientId = application.clientId();
        form.name = application.name();
        form.redirectUris = String.join("\n", application.redirectUris());
        form.postLogoutUris = String.join("\n", application.postLogoutRedirectUris());
        form.backchannelLogoutUri = application.backchannelLogoutUri();
        form.publicClient = application.publicClient();
        form.requireSecondFactor = application.requireSecondFactor();
        form.allowedRoles = new ArrayList<>(application.allowedRoles());
        form.enabled = application.enabled();
        return form;
    }

    ApplicationDraft draft() {
        return new ApplicationDraft(clientId == null ? null : clientId.strip(), name, lines(redirectUris), lines(postLogoutUris),
                backchannelLogoutUri == null ? "" : backchannelLogoutUri, creating ? publicClient : null, requireSecondFactor, List.copyOf(allowedRoles), enabled);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public boolean isCreating() {
        return creating;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRedirectUris() {
        return redirectUris;
    }

    public void setRedirectUris(String redirectUris) {
        this.redirectUris = redirectUris;
    }

    public String getPostLogoutUris() {
        return postLogoutUris;
    }

    public void setPostLogoutUris(String postLogoutUris) {
        this.postLogoutUris = postLogoutUris;
    }

    public String getBackchannelLogoutUri() {
        return backchannelLogoutUri;
    }

    public void setBackchannelLogoutUri(String backchannelLogoutUri) {
        this.backchannelLogoutUri = backchannelLogoutUri;
    }

    public boolean isPublicClient() {
        return publicClient;
    }

    public void setPublicClient(boolean publicClient) {
        this.publicClient = publicClient;
    }

    public boolean isRequireSecondFactor() {
        return requireSecondFactor;
    }

    public void setRequireSecondFactor(boolean requireSecondFactor) {
        this.requireSecondFactor = requireSecondFactor;
    }

    public List<String> getAllowedRoles() {
        return allowedRoles;
    }

    public void setAllowedRoles(List<String> allowedRoles) {
        this.allowedRoles = allowedRoles == null ? new ArrayList<>() : new ArrayList<>(allowedRoles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
