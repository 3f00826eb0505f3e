package org.twofold.service.oidc;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.twofold.domain.oidc.AccessToken;
import org.twofold.domain.oidc.AuthorizationCode;

/** Deletes authorization codes and access tokens a day after they expired: nothing redeems or opens them any more. */
@Stateless
public class AppGrantRetention {

    /** A day and an hour: the Dashboard counts the last 24 hours of sign-ins from the tokens. */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofHours(25);

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    /** @return how many codes and tokens went */
    public int deleteExpired(Instant now) {
        Instant before = now.minus(KEPT_AFTER_EXPIRY);
        return em.createNamedQuery(AuthorizationCode.DELETE_EXPIRED).setParameter("before", before).executeUpdate()
                + em.createNamedQuery(AccessToken.DELETE_EXPIRED).setParameter("before", before).executeUpdate();
    }
}
