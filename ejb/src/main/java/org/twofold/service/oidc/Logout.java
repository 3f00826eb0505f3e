package org.twofold.service.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.oidc.ApplicationRules;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): where the browser may go after
 * Twofold's session has ended. Only to an address the application registered for that.
 */
@Stateless
public class Logout {

    @Inject
    private IdTokens idTokens;

    @Inject
    private Applications applications;

    /**
     * The registered address to return to, or empty: then Twofold's own signed-out page. The
     * application is the one the ID token hint was signed for, else the {@code client_id} sent
     * (RP-Initiated Logout §2); a hint Twofold did not sign, or naming another application than
     * {@code client_id}, sends no one anywhere.
     */
    public Optional<String> returnAddress(String idTokenHint, String clientId, String postLogoutRedirectUri, Instant now) {
        if (postLogoutRedirectUri == null) {
            return Optional.empty();
        }
        Optional<String> application = clientId == null ? Optional.empty() : Optional.of(clientId);
        if (idTokenHint != null) {
            List<String> audience = idTokens.signedHere(idTokenHint, now).map(JWTClaimsSet::getAudience).orElse(List.of());
            if (audience.size() != 1 || (clientId != null && !clientId.equals(audience.get(0)))) {
                return Optional.empty();
            }
            application = Optional.of(audience.get(0));
        }
        return application.flatMap(applications::enabled)
                .filter(registered -> ApplicationRules.isRegistered(registered.getPostLogoutRedirectUris(), postLogoutRedirectUri))
                .map(registered -> postLogoutRedirectUri);
    }
}
