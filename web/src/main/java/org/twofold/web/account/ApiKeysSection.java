package org.twofold.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.service.account.AccountChange;
import org.twofold.service.account.OwnApiKeys;
import org.twofold.service.apikey.ApiKeyLine;
import org.twofold.service.apikey.NewApiKey;
import org.twofold.web.i18n.Messages;
import org.twofold.web.security.ClientAddress;

/**
 * The Security page's API keys, shown to administrators (the API answers only their keys):
 * listed, made (the secret shown on this one answer), revoked; each change needs the password
 * confirmed on the page, as the page's other changes do.
 */
@Named
@RequestScoped
public class ApiKeysSection {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private OwnApiKeys apiKeys;

    private String label;
    private List<ApiKeyLine> lines;
    private NewApiKey newApiKey;

    public List<ApiKeyLine> getApiKeys() {
        if (lines == null) {
            lines = apiKeys.of(username());
        }
        return lines;
    }

    /** The key just made, shown on this one answer only; null otherwise. */
    public NewApiKey getNewApiKey() {
        return newApiKey;
    }

    public void createApiKey() {
        Optional<NewApiKey> key = apiKeys.create(username(), label, SecurityPageSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now());
        label = null;
        if (key.isEmpty()) {
            Messages.error("security.confirmFirst");
            return;
        }
        newApiKey = key.get();
        lines = null;
        Messages.info("security.apiKeyCreated");
    }

    public void revokeApiKey(String keyId) {
        lines = null;
        AccountChange change = apiKeys.revoke(username(), keyId, SecurityPageSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now());
        if (change == AccountChange.DONE) {
            Messages.info("security.apiKeyRevoked");
        } else {
            Messages.error("security.change." + change.name());
        }
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    private String username() {
        return securityContext.getCallerPrincipal().getName();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
