package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.User;

/**
 * An account's consecutive failed sign-ins, in the database, changed only by conditional
 * UPDATEs: parallel requests, other sessions and other nodes all count against the same row,
 * and none of them is lost or runs past the threshold.
 */
@Stateless
public class Lockout {

    /**
     * Counts an attempt (a password or a code) as failed before it is checked, unless the
     * account is locked: one conditional UPDATE, so of parallel attempts only as many pass as
     * the threshold leaves room for, on any node. A right answer gives it back.
     */
    private static final String RESERVE_ATTEMPT = "UPDATE User u SET u.failedAttempts = u.failedAttempts + 1 "
            + "WHERE u.id = :id AND u.failedAttempts < " + User.PERMANENT_LOCK_FAILURES
            + " AND (u.lockedUntil IS NULL OR u.lockedUntil <= :now)";
    /** Locks the account for the lockout period once the reserved attempts reach the threshold. */
    private static final String LOCK_AT_THRESHOLD = "UPDATE User u SET u.lockedUntil = :lockEnd "
            + "WHERE u.id = :id AND u.failedAttempts >= :threshold AND (u.lockedUntil IS NULL OR u.lockedUntil <= :now)";
    private static final String RELEASE_ATTEMPT =
            "UPDATE User u SET u.failedAttempts = u.failedAttempts - 1 WHERE u.id = :id AND u.failedAttempts > 0";
    private static final String RELEASE_LOCK =
            "UPDATE User u SET u.lockedUntil = NULL WHERE u.id = :id AND u.lockedUntil = :lockEnd";
    private static final String CLEAR_FAILURES = "UPDATE User u SET u.failedAttempts = 0, u.lockedUntil = NULL WHERE u.id = :id";

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    public boolean isLocked(User user, Instant now) {
        User fresh = em.find(User.class, user.getId());
        em.refresh(fresh);
        return fresh.isLockedAt(now);
    }

    /**
     * Counts one attempt as failed before it is checked, and locks the account if that
     * reaches the threshold.
     *
     * @return the reservation, or empty when the account is locked (the attempt is refused)
     */
    public Optional<Reservation> reserve(long userId, SystemSettings settings, Instant now) {
        int reserved = em.createQuery(RESERVE_ATTEMPT)
                .setParameter("id", userId).setParameter("now", now).executeUpdate();
        if (reserved == 0) {
            return Optional.empty();
        }
        // The row is ours until the transaction ends (the UPDATE locked it), so this count is
        // exact, and the lock below is tried only when it is due: an UPDATE that changes no row
        // costs Derby a warning, with its message looked up, at every sign-in.
        int failures = em.createQuery("SELECT u.failedAttempts FROM User u WHERE u.id = :id", Integer.class)
                .setParameter("id", userId).getSingleResult();
        Instant lockEnd = now.plus(Duration.ofMinutes(settings.getLockout().getLockoutDurationMinutes()));
        boolean locked = failures >= settings.getLockout().getLockoutThreshold()
                && em.createQuery(LOCK_AT_THRESHOLD)
                        .setParameter("id", userId).setParameter("lockEnd", lockEnd)
                        .setParameter("threshold", settings.getLockout().getLockoutThreshold()).setParameter("now", now)
                        .executeUpdate() == 1;
        return Optional.of(new Reservation(userId, failures, locked ? lockEnd : null));
    }

    /** The attempt was right after all: it no longer counts, and a lock it set is lifted. */
    public void giveBack(Reservation reservation) {
        em.createQuery(RELEASE_ATTEMPT).setParameter("id", reservation.userId()).executeUpdate();
        if (reservation.lockEnd() != null) {
            em.createQuery(RELEASE_LOCK)
                    .setParameter("id", reservation.userId()).setParameter("lockEnd", reservation.lockEnd())
                    .executeUpdate();
        }
    }

    /** A complete sign-in, or an admin's Unlock. */
    public void clear(long userId) {
        em.createQuery(CLEAR_FAILURES).setParameter("id", userId).executeUpdate();
    }

    /**
     * One attempt counted against an account.
     *
     * @param failures the consecutive failures including this one
     * @param lockEnd  the end of the lock this attempt set by reaching the threshold, else null
     */
    public record Reservation(long userId, int failures, Instant lockEnd) {

        public boolean lockedForGood() {
            return failures >= User.PERMANENT_LOCK_FAILURES;
        }
    }
}
