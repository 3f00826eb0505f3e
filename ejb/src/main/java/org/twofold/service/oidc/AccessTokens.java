package org.twofold.service.oidc;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.oidc.AccessToken;
import org.twofold.domain.oidc.AuthorizationCode;

/** Access tokens for the UserInfo endpoint: opaque, short-lived, only their SHA-256 kept. */
@Stateless
public class AccessTokens {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    public String issue(AuthorizationCode code, Instant now) {
        String token = Tokens.newToken();
        em.persist(new AccessToken(Tokens.digest(token), code, now.plus(LIFETIME)));
        return token;
    }

    /** The token's row while it is neither expired nor revoked. */
    public Optional<AccessToken> valid(String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(AccessToken.class, Tokens.digest(token))).filter(t -> t.isValidAt(now));
    }

    public long lifetimeSeconds() {
        return LIFETIME.toSeconds();
    }
}
