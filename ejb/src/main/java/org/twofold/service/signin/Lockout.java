package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.User;

/**
 * Counts consecutive wrong codes in the database. Each change re-reads the user's row
 * under a write lock, so parallel requests, other sessions and other nodes all add to the
 * same count and none of them is lost.
 */
@Stateless
public class Lockout {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    public boolean isLocked(User user, Instant now) {
        User fresh = em.find(User.class, user.getId());
        em.refresh(fresh);
        return fresh.isLockedAt(now);
    }

    /** @return true if this failure locked the account */
    public boolean recordFailure(User user, SystemSettings settings, Instant now) {
        User locked = lockRow(user);
        return locked.registerFailedCode(settings.getLockoutThreshold(),
                now.plus(Duration.ofMinutes(settings.getLockoutDurationMinutes())));
    }

    public void recordSuccess(User user) {
        lockRow(user).clearFailedCodes();
    }

    private User lockRow(User user) {
        User managed = em.find(User.class, user.getId());
        em.refresh(managed, LockModeType.PESSIMISTIC_WRITE);
        return managed;
    }
}
