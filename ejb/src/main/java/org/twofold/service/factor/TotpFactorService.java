package org.twofold.service.factor;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.KeyUri;
import org.twofold.domain.otp.OtpCodes;
import org.twofold.domain.otp.SecretGenerator;
import org.twofold.domain.otp.Totp;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.domain.user.User;
import org.twofold.service.BatchDelete;
import org.twofold.service.config.SeedVault;
import org.twofold.service.settings.SettingsService;

/** Authenticator-app factors: fresh seeds, encrypted storage, verification without replay. */
@Stateless
public class TotpFactorService {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private SeedVault vault;

    @Inject
    private SettingsService settings;

    public Optional<TotpFactor> confirmedFactorOf(User user) {
        return em.createNamedQuery(TotpFactor.CONFIRMED_OF_USER, TotpFactor.class)
                .setParameter("userId", user.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every confirmed app of the user, oldest first. */
    public List<TotpFactor> confirmedFactorsOf(User user) {
        return em.createNamedQuery(TotpFactor.CONFIRMED_OF_USER, TotpFactor.class)
                .setParameter("userId", user.getId())
                .getResultList();
    }

    /**
     * A new unconfirmed factor with a seed from the CSPRNG, one per pending sign-in, so two
     * windows signing in at once each show a working QR code.
     */
    public TotpFactor startEnrolment(User user, TotpParameters parameters, Instant now) {
        TotpFactor factor = new TotpFactor(user, parameters, now);
        em.persist(factor);
        em.flush(); // the id binds the ciphertext to its row
        factor.setSealedSeed(vault.seal(factor.getId(), SecretGenerator.newSeed(parameters.algorithm())));
        return factor;
    }

    public Optional<TotpFactor> find(Long factorId) {
        return factorId == null ? Optional.empty() : Optional.ofNullable(em.find(TotpFactor.class, factorId));
    }

    public EnrolmentDetails enrolmentDetails(TotpFactor factor, String issuer) {
        byte[] seed = vault.open(factor);
        TotpParameters p = factor.parameters();
        String account = factor.getUser().getUsername();
        return new EnrolmentDetails(issuer, account, Base32.encode(seed), KeyUri.totp(issuer, account, seed, p),
                p.digits(), p.periodSeconds(), p.algorithm().name());
    }

    /**
     * Checks a typed code and, if it matches, claims its time step. The claim is one
     * conditional UPDATE, so of two parallel requests with the same code exactly one wins,
     * on any node; a code at or before the last claimed step is refused.
     */
    public boolean verifyAndClaim(TotpFactor factor, String typedCode, Instant now) {
        String code = OtpCodes.normalize(typedCode);
        byte[] seed = vault.open(factor);
        OptionalLong step = Totp.verify(seed, code, now.getEpochSecond(), factor.parameters(),
                settings.current().getAppCodes().getTotpWindowSteps());
        if (step.isEmpty()) {
            return false;
        }
        int claimed = em.createQuery("UPDATE TotpFactor f SET f.lastUsedStep = :step "
                        + "WHERE f.id = :id AND f.lastUsedStep < :step")
                .setParameter("step", step.getAsLong())
                .setParameter("id", factor.getId())
                .executeUpdate();
        return claimed == 1;
    }

    /** Confirms the factor whose code was entered; the user's other unconfirmed ones are dropped. */
    public void confirm(TotpFactor factor, Instant now) {
        TotpFactor managed = em.find(TotpFactor.class, factor.getId());
        managed.confirm(now);
        em.createQuery("DELETE FROM TotpFactor f WHERE f.user.id = :userId AND f.confirmed = FALSE")
                .setParameter("userId", managed.getUser().getId())
                .executeUpdate();
    }

    /** Removes one of the user's apps; @return whether it was theirs. */
    /** Removes every app of the user, confirmed or not; returns how many. */
    public int removeAll(User user) {
        return em.createQuery("DELETE FROM TotpFactor f WHERE f.user.id = :id").setParameter("id", user.getId()).executeUpdate();
    }

    public boolean remove(User user, long factorId) {
        return em.createQuery("DELETE FROM TotpFactor f WHERE f.id = :id AND f.user.id = :userId")
                .setParameter("id", factorId).setParameter("userId", user.getId()).executeUpdate() == 1;
    }

    /**
     * Deletes up to {@code max} apps set up before {@code cutoff} and never confirmed (every
     * password step of a user without an app sets one up); returns how many.
     */
    public int deleteUnconfirmed(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "TotpFactor", "id", "e.confirmed = FALSE AND e.createdAt < :cutoff",
                Map.of("cutoff", cutoff));
    }

    /** The ids of the keys that sealed the stored seeds; null stands for seeds sealed before ids were recorded. */
    public List<String> seedKeyIds() {
        return em.createQuery("SELECT DISTINCT f.seedKeyId FROM TotpFactor f", String.class).getResultList();
    }

    public List<TotpFactor> sealedWithoutKeyId() {
        return em.createQuery("SELECT f FROM TotpFactor f WHERE f.seedKeyId IS NULL", TotpFactor.class).getResultList();
    }

    /** Up to {@code max} factors whose seed another key than {@code keyId} sealed. */
    public List<TotpFactor> sealedWithOtherKeyThan(String keyId, int max) {
        return em.createQuery("SELECT f FROM TotpFactor f WHERE f.seedKeyId IS NULL OR f.seedKeyId <> :keyId "
                        + "ORDER BY f.id", TotpFactor.class)
                .setParameter("keyId", keyId).setMaxResults(max).getResultList();
    }

    /**
     * Seals a factor's seed again with the current key. A conditional UPDATE of the seed
     * alone: the time step a sign-in claims meanwhile is never written back, and of two
     * nodes re-sealing at once the second changes nothing.
     *
     * @return whether this call re-sealed it
     */
    public boolean reseal(TotpFactor factor) {
        KeyRing.Sealed before = factor.sealedSeed();
        KeyRing.Sealed after = vault.seal(factor.getId(), vault.open(factor));
        String unchanged = before.keyId() == null ? "f.seedKeyId IS NULL" : "f.seedKeyId = :before";
        Query update = em.createQuery("UPDATE TotpFactor f SET f.encryptedSeed = :sealed, f.seedKeyId = :keyId "
                        + "WHERE f.id = :id AND " + unchanged)
                .setParameter("sealed", after.bytes())
                .setParameter("keyId", after.keyId())
                .setParameter("id", factor.getId());
        if (before.keyId() != null) {
            update.setParameter("before", before.keyId());
        }
        return update.executeUpdate() == 1;
    }
}
