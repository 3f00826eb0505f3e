package org.twofold.service.factor;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.factor.TrustedDevice;
import org.twofold.domain.user.User;
import org.twofold.service.BatchDelete;

/**
 * Browsers a user asked to be remembered, so they skip the code step after the password. The
 * browser holds a random token; the database only its SHA-256 (256 random bits, so a fast
 * hash is enough) with the user it belongs to.
 */
@Stateless
public class TrustedDeviceService {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    /** Remembers this browser for {@code days}; the token is returned once, for its cookie. */
    public String remember(User user, String browser, String address, int days, Instant now) {
        String token = Tokens.newToken();
        em.persist(new TrustedDevice(user, Tokens.digest(token), browser, address, now, now.plus(Duration.ofDays(days))));
        return token;
    }

    /**
     * Whether the token names a device this user remembered within the last {@code days}
     * (the setting now, which an admin may have shortened since) that has not expired; if so
     * its last use is recorded, in the same conditional update.
     */
    public boolean recognise(User user, String token, int days, String address, Instant now) {
        if (token == null || token.isEmpty() || days <= 0) {
            return false;
        }
        return em.createNamedQuery(TrustedDevice.USE)
                .setParameter("now", now)
                .setParameter("address", address)
                .setParameter("tokenDigest", Tokens.digest(token))
                .setParameter("userId", user.getId())
                .setParameter("rememberedSince", now.minus(Duration.ofDays(days)))
                .executeUpdate() == 1;
    }

    /** The user's devices that still skip the code step, newest first. */
    public List<TrustedDevice> of(User user, Instant now) {
        return em.createNamedQuery(TrustedDevice.OF_USER, TrustedDevice.class)
                .setParameter("userId", user.getId()).setParameter("now", now).getResultList();
    }

    /** @return whether the device was one of the user's */
    public boolean forget(User user, long deviceId) {
        return em.createNamedQuery(TrustedDevice.DELETE_ONE)
                .setParameter("id", deviceId).setParameter("userId", user.getId()).executeUpdate() == 1;
    }

    /** Every device of the user asks for the code again (a new password, a changed factor, an admin). */
    public int forgetAll(User user) {
        return em.createNamedQuery(TrustedDevice.DELETE_OF_USER).setParameter("userId", user.getId()).executeUpdate();
    }

    /** Deletes up to {@code max} devices that expired before {@code cutoff}; returns how many. */
    public int deleteExpired(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "TrustedDevice", "id", "e.expiresAt < :cutoff", Map.of("cutoff", cutoff));
    }
}
