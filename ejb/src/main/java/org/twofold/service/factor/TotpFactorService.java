package org.twofold.service.factor;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.KeyUri;
import org.twofold.domain.otp.OtpCodes;
import org.twofold.domain.otp.SecretGenerator;
import org.twofold.domain.otp.Totp;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.domain.user.User;
import org.twofold.service.config.SeedVault;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.EnrolmentDetails;

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

    /**
     * A new unconfirmed factor with a seed from the CSPRNG, one per pending sign-in, so two
     * windows signing in at once each show a working QR code.
     */
    public TotpFactor startEnrolment(User user, TotpParameters parameters, Instant now) {
        TotpFactor factor = new TotpFactor(user, parameters, now);
        factor.setEncryptedSeed(new byte[] {0}); // placeholder until the id exists to bind the ciphertext to
        em.persist(factor);
        em.flush();
        factor.setEncryptedSeed(vault.seal(SecretGenerator.newSeed(parameters.algorithm()), factor.getId()));
        return factor;
    }

    public Optional<TotpFactor> find(Long factorId) {
        return factorId == null ? Optional.empty() : Optional.ofNullable(em.find(TotpFactor.class, factorId));
    }

    public EnrolmentDetails enrolmentDetails(TotpFactor factor, String issuer) {
        byte[] seed = vault.open(factor.getEncryptedSeed(), factor.getId());
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
        byte[] seed = vault.open(factor.getEncryptedSeed(), factor.getId());
        OptionalLong step = Totp.verify(seed, code, now.getEpochSecond(), factor.parameters(),
                settings.current().getTotpWindowSteps());
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
}
