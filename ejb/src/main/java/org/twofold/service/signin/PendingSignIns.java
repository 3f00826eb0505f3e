package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.User;
import org.twofold.service.BatchDelete;
import org.twofold.service.factor.TotpFactorService;

/** Finds and uses up the pending sign-ins that link the password step to the second step. */
@Stateless
public class PendingSignIns {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private TotpFactorService totpFactors;

    /** The pending sign-in of this token, if it has not expired and its user is still enabled. */
    public Optional<PendingSignIn> live(String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        // One statement for the row and its user, which each step asks for; asked again in the same
        // transaction, EclipseLink answers from the transaction's own objects.
        PendingSignIn pending = em.createNamedQuery(PendingSignIn.WITH_USER, PendingSignIn.class)
                .setParameter("digest", Tokens.digest(token))
                .setHint("eclipselink.query-type", "ReadObject")
                .setHint("eclipselink.cache-usage", "CheckCacheThenDatabase")
                .getResultStream().findFirst().orElse(null);
        if (pending == null || pending.isExpiredAt(now) || !pending.getUser().isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** The factor this sign-in enrols, while it is still unconfirmed (another window may have finished first). */
    public Optional<TotpFactor> enrolmentFactor(PendingSignIn pending) {
        if (pending.getEnrolmentFactorId() == null) {
            return Optional.empty();
        }
        return totpFactors.find(pending.getEnrolmentFactorId()).filter(f -> !f.isConfirmed());
    }

    /**
     * Uses the pending sign-in up. One conditional DELETE: of two racing requests only one
     * gets true, on any node.
     */
    public boolean consume(PendingSignIn pending) {
        return em.createQuery("DELETE FROM PendingSignIn p WHERE p.tokenDigest = :digest")
                .setParameter("digest", pending.getTokenDigest())
                .executeUpdate() == 1;
    }

    /** The second step this pending sign-in waits for, under the token the session holds. */
    public SignInStep.Due dueOf(PendingSignIn pending, String token) {
        if (enrolmentFactor(pending).isEmpty()) {
            return new SignInStep.CodeDue(token, pending.getMethod());
        }
        return pending.isEnrolByLink() ? new SignInStep.LinkSent(token) : new SignInStep.EnrolmentDue(token);
    }

    /** Stores a new pending sign-in, and deletes the user's earlier ones that have expired. */
    public void replaceExpired(PendingSignIn pending, Instant now) {
        em.createQuery("SELECT p FROM PendingSignIn p WHERE p.user.id = :userId", PendingSignIn.class)
                .setParameter("userId", pending.getUser().getId())
                .getResultStream()
                .filter(p -> p.isExpiredAt(now))
                .forEach(em::remove);
        em.persist(pending);
    }

    /** Ends every sign-in of the user still in progress (a reset, ended sessions). */
    public void removeAll(User user) {
        em.createQuery("DELETE FROM PendingSignIn p WHERE p.user.id = :id").setParameter("id", user.getId()).executeUpdate();
    }

    /** Deletes up to {@code max} sign-ins that expired before {@code cutoff}; returns how many. */
    public int deleteExpired(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "PendingSignIn", "tokenDigest", "e.expiresAt < :cutoff", Map.of("cutoff", cutoff));
    }
}
