package org.twofold.service.throttle;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.signin.NameThrottle;
import org.twofold.domain.user.User;
import org.twofold.service.BatchDelete;

/**
 * Failed sign-ins under usernames no account has, locked by the same rule as an account (see
 * {@link NameThrottle}): reserved before the password is checked, given back when right.
 */
@Stateless
public class NameThrottles {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Of two requests creating the row at once (on two nodes, say), the second fails here and
     * finds it there. It fails at the flush, inside this method, and rolls back quietly: a
     * failure at the commit would be reported in the log as an error of the transaction manager.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String digest, Instant now) {
        if (em.find(NameThrottle.class, digest) == null) {
            try {
                em.persist(new NameThrottle(digest, now));
                em.flush();
            } catch (PersistenceException createdMeanwhile) {
                context.setRollbackOnly();
            }
        }
    }

    /**
     * Makes sure the name has its row, committed, so the conditional updates can count on it.
     * Called before the attempt's own transaction begins, so that a sign-in never holds more
     * than two database connections at once (parallel guesses at new names emptied the pool).
     */
    public void ensureExists(String typedName, Instant now) {
        String digest = digestOf(typedName);
        if (em.find(NameThrottle.class, digest) == null) {
            try {
                context.getBusinessObject(NameThrottles.class).create(digest, now);
            } catch (EJBException createdMeanwhile) {
                // another request for the same name created the row first
            }
        }
    }

    /**
     * Counts one attempt under {@code typedName} as failed before it is checked, and locks the
     * name once that reaches {@code threshold}.
     *
     * @return the reservation, or empty when the name is locked (the attempt is refused)
     */
    public Optional<Reservation> reserve(String typedName, int threshold, Duration lockPeriod, Instant now) {
        String digest = digestOf(typedName);
        int reserved = em.createNamedQuery(NameThrottle.RESERVE_ATTEMPT)
                .setParameter("digest", digest).setParameter("now", now)
                .setParameter("lockedForGood", User.PERMANENT_LOCK_FAILURES).executeUpdate();
        if (reserved == 0) {
            // Locked; or the clean-up took a row idle for a day just now, and this attempt goes uncounted by name.
            return em.find(NameThrottle.class, digest) == null ? Optional.of(new Reservation(digest, null)) : Optional.empty();
        }
        // The UPDATE locked the row until the transaction ends, so this count is exact.
        int failures = em.createQuery("SELECT n.failedAttempts FROM NameThrottle n WHERE n.nameDigest = :digest", Integer.class)
                .setParameter("digest", digest).getSingleResult();
        Instant lockEnd = now.plus(lockPeriod);
        boolean locked = failures >= threshold
                && em.createNamedQuery(NameThrottle.LOCK_AT_THRESHOLD)
                        .setParameter("digest", digest).setParameter("lockEnd", lockEnd)
                        .setParameter("threshold", threshold).setParameter("now", now)
                        .executeUpdate() == 1;
        return Optional.of(new Reservation(digest, locked ? lockEnd : null));
    }

    /** The attempt was right after all (a directory person's first sign-in): it no longer counts. */
    public void giveBack(Reservation reservation) {
        em.createNamedQuery(NameThrottle.RELEASE_ATTEMPT).setParameter("digest", reservation.digest()).executeUpdate();
        if (reservation.lockEnd() != null) {
            em.createNamedQuery(NameThrottle.RELEASE_LOCK)
                    .setParameter("digest", reservation.digest()).setParameter("lockEnd", reservation.lockEnd())
                    .executeUpdate();
        }
    }

    /**
     * Deletes up to {@code max} names tried last before {@code cutoff} and no longer locked; a
     * name locked for good stays, as an account would.
     */
    public int deleteQuietSince(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "NameThrottle", "nameDigest",
                "e.lastAttempt < :cutoff AND e.failedAttempts < :lockedForGood AND (e.lockedUntil IS NULL OR e.lockedUntil < :cutoff)",
                Map.of("cutoff", cutoff, "lockedForGood", User.PERMANENT_LOCK_FAILURES));
    }

    private static String digestOf(String typedName) {
        return Tokens.digest(typedName == null ? "" : typedName);
    }

    /** One attempt counted against a name; {@code lockEnd} is set when it reached the threshold. */
    public record Reservation(String digest, Instant lockEnd) {
    }
}
