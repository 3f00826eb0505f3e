package org.twofold.web.api;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.twofold.service.oidc.ApplicationDraft;

/**
 * An application as {@code POST /clients} registers it and {@code PATCH /clients/{clientId}}
 * changes it. A part left out (null) keeps its value; for a new one: a confidential
 * application, named as its id, no sign-out addresses, no second factor demanded, every role.
 */
public record ClientBody(String clientId, String name, List<String> redirectUris, List<String> postLogoutRedirectUris,
                         String backchannelLogoutUri, @JsonbProperty("public") Boolean publicClient, Boolean requireSecondFactor, List<String> allowedRoles,
                         Boolean enabled) {

    ApplicationDraft draft() {
        return new ApplicationDraft(clientId, name, redirectUris, postLogoutRedirectUris, backchannelLogoutUri, publicClient,
                requireSecondFactor,
                allowedRoles, enabled);
    }
}
