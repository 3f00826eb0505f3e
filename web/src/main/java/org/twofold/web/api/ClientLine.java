package org.twofold.web.api;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import org.twofold.service.oidc.ApplicationSummary;

/**
 * A registered application as the API answers it; {@code clientSecret} only in the answer that
 * made the secret (registration, or a new secret), and never again.
 */
public record ClientLine(String clientId, String name, List<String> redirectUris, List<String> postLogoutRedirectUris,
                         String backchannelLogoutUri, @JsonbProperty("public") boolean publicClient, boolean requireSecondFactor, List<String> allowedRoles,
                         boolean enabled, Instant createdAt, String clientSecret) {

    static ClientLine of(ApplicationSummary summary) {
        return of(summary, null);
    }

    static ClientLine of(ApplicationSummary summary, String secret) {
        return new ClientLine(summary.clientId(), summary.name(), summary.redirectUris(), summary.postLogoutRedirectUris(),
                summary.backchannelLogoutUri(), summary.publicClient(), summary.requireSecondFactor(), summary.allowedRoles(), summary.enabled(),
                summary.createdAt(), secret);
    }
}
