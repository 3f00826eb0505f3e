package org.twofold.service.throttle;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.twofold.domain.signin.AddressThrottle;
import org.twofold.service.BatchDelete;

/** Failed sign-ins per client address, counted like an account's (see {@link AddressThrottle}). */
@Stateless
public class AddressThrottles {

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
    public void create(String address, Instant now) {
        if (em.find(AddressThrottle.class, address) == null) {
            try {
                em.persist(new AddressThrottle(address, now));
                em.flush();
            } catch (PersistenceException createdMeanwhile) {
                context.setRollbackOnly();
            }
        }
    }

    /** @return the reservation, or empty when the address is over its limit (the attempt is refused) */
    public Optional<Reservation> reserve(String address, int limit, Instant now) {
        // Each UPDATE below is tried only when it can change the row: one that changes none
        // costs Derby a warning, with its message looked up, at every sign-in.
        Instant windowEndedBefore = now.minus(AddressThrottle.WINDOW);
        AddressThrottle seen = em.find(AddressThrottle.class, address);
        // A window only ever starts later, so one seen open is still open.
        if (seen == null || seen.windowStartedBy(windowEndedBefore)) {
            em.createNamedQuery(AddressThrottle.START_NEW_WINDOW)
                    .setParameter("address", address).setParameter("now", now)
                    .setParameter("windowEndedBefore", windowEndedBefore)
                    .executeUpdate();
        }
        int reserved = em.createNamedQuery(AddressThrottle.RESERVE_ATTEMPT)
                .setParameter("address", address).setParameter("limit", limit).setParameter("now", now)
                .executeUpdate();
        if (reserved == 0) {
            return Optional.empty();
        }
        // The row is ours until the transaction ends (the UPDATE locked it), so this count is exact.
        int failures = em.createQuery("SELECT a.failures FROM AddressThrottle a WHERE a.address = :address", Integer.class)
                .setParameter("address", address).getSingleResult();
        Instant blockEnd = now.plus(AddressThrottle.WINDOW);
        boolean blocked = failures >= limit
                && em.createNamedQuery(AddressThrottle.BLOCK_AT_LIMIT)
                        .setParameter("address", address).setParameter("blockEnd", blockEnd)
                        .setParameter("limit", limit).setParameter("now", now)
                        .executeUpdate() == 1;
        return Optional.of(new Reservation(address, blocked ? blockEnd : null));
    }

    /** Makes sure the address has its row, committed, so conditional updates can count on it. */
    public void ensureExists(String address, Instant now) {
        if (em.find(AddressThrottle.class, address) == null) {
            try {
                context.getBusinessObject(AddressThrottles.class).create(address, now);
            } catch (EJBException createdMeanwhile) {
                // another request for the same address created the row first
            }
        }
    }

    /** Holds the address's row lock until the transaction ends. */
    public void lock(String address, Instant now) {
        ensureExists(address, now);
        em.find(AddressThrottle.class, address, LockModeType.PESSIMISTIC_WRITE);
    }

    public void giveBack(Reservation reservation) {
        em.createNamedQuery(AddressThrottle.RELEASE_ATTEMPT).setParameter("address", reservation.address()).executeUpdate();
        if (reservation.blockEnd() != null) {
            em.createNamedQuery(AddressThrottle.RELEASE_BLOCK)
                    .setParameter("address", reservation.address()).setParameter("blockEnd", reservation.blockEnd())
                    .executeUpdate();
        }
    }

    /** Deletes up to {@code max} rows of addresses quiet since {@code cutoff}; returns how many. */
    public int deleteQuietSince(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "AddressThrottle", "address",
                "e.windowStart < :cutoff AND (e.blockedUntil IS NULL OR e.blockedUntil < :cutoff)", Map.of("cutoff", cutoff));
    }

    /** One attempt counted against an address; {@code blockEnd} is set when it reached the limit. */
    public record Reservation(String address, Instant blockEnd) {
    }
}
