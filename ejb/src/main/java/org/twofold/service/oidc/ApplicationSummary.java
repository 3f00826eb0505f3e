package org.twofold.service.oidc;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.twofold.domain.oidc.Application;

/** A registered application as the console, the API and the command line show it: never its secret. */
public record ApplicationSummary(String clientId, String name, List<String> redirectUris, List<String> postLogoutRedirectUris,
                                 String backchannelLogoutUri, boolean publicClient, boolean requireSecondFactor, List<String> allowedRoles, boolean enabled,
                                 Instant createdAt) implements Serializable {

    static ApplicationSummary of(Application application) {
        return new ApplicationSummary(application.getClientId(), application.getName(), List.copyOf(application.getRedirectUris()),
                List.copyOf(application.getPostLogoutRedirectUris()), application.getBackchannelLogoutUri(), application.isPublicClient(), application.isRequireSecondFactor(),
                List.copyOf(application.getAllowedRoles()), application.isEnabled(), application.getCreatedAt());
    }
}
