package org.twofold.service.oidc;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How many sign-ins each application got lately, for the Dashboard: one per code redeemed, counted from the access tokens. */
@Stateless
public class AppSignInCounts {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    /** One application's count. */
    public record AppSignIns(String clientId, String name, long signIns) {
    }

    /** The last 24 hours, busiest application first. */
    public List<AppSignIns> lastDay(Instant now) {
        Instant issuedAfter = now.minus(Duration.ofHours(24));
        return em.createQuery("SELECT a.clientId, a.name, COUNT(t) FROM AccessToken t, Application a"
                        + " WHERE t.applicationId = a.id AND t.expiresAt > :expiringAfter"
                        + " GROUP BY a.clientId, a.name ORDER BY COUNT(t) DESC, a.clientId", Object[].class)
                .setParameter("expiringAfter", issuedAfter.plus(AccessTokens.LIFETIME))
                .getResultStream()
                .map(row -> new AppSignIns((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }
}
