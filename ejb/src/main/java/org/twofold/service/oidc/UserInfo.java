package org.twofold.service.oidc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.oidc.AccessToken;
import org.twofold.domain.user.User;

/**
 * The UserInfo endpoint's answer for an access token: the claims its scope releases, while the
 * person's sign-in stands (not disabled, sessions not ended by an administrator or a reset).
 */
@Stateless
public class UserInfo {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private AccessTokens tokens;

    /** The person and the granted scope, or empty when the token no longer opens anything. */
    public record Grant(SignedInClaims person, String scope) {
    }

    public Optional<Grant> of(String accessToken, Instant now) {
        Optional<AccessToken> token = tokens.valid(accessToken, now);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        User user = em.find(User.class, token.get().getUserId());
        if (user == null || !user.isEnabled() || !user.acceptsSessionFrom(token.get().getAuthTime())) {
            return Optional.empty();
        }
        return Optional.of(new Grant(SignedInClaims.of(user), token.get().getScope()));
    }
}
