package org.twofold.service.factor;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.service.config.SeedVault;
import org.twofold.service.directory.DirectorySettingsService;
import org.twofold.service.oidc.SigningKeys;

/**
 * After a key rotation, seals every seed sealed with a previous key again with the current
 * one (and the directory's service password, and the ID-token signing keys): a batch every ten seconds, each re-seal its own short transaction, until none is left.
 * Keys change only with a restart, so from then on it has nothing to do. The log says when
 * it is done, so IT knows when the previous keys may go.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SeedResealer {

    private static final Logger LOG = Logger.getLogger(SeedResealer.class.getName());
    private static final int BATCH = 200;

    @Inject
    private TotpFactorService factors;

    @Inject
    private SeedVault vault;

    @Inject
    private DirectorySettingsService directory;

    @Inject
    private SigningKeys signingKeys;

    private volatile boolean done;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void resealWithTheCurrentKey() {
        if (done) {
            return;
        }
        String current = vault.keys().currentId();
        if (directory.resealBindPassword()) {
            LOG.info("Sealed the directory's service password again with the current encryption key " + current + ".");
        }
        int keys = signingKeys.resealWithTheCurrentKey();
        if (keys > 0) {
            LOG.info("Sealed " + keys + " ID-token signing keys again with the current encryption key " + current + ".");
        }
        List<TotpFactor> stale = factors.sealedWithOtherKeyThan(current, BATCH);
        if (stale.isEmpty()) {
            done = true;
            return;
        }
        int resealed = 0;
        for (TotpFactor factor : stale) {
            if (factors.reseal(factor)) {
                resealed++;
            }
        }
        done = factors.sealedWithOtherKeyThan(current, 1).isEmpty();
        LOG.info("Sealed " + resealed + " authenticator-app seeds again with the current encryption key " + current
                + (done ? "; no seed needs a previous key any more, so TWOFOLD_ENCRYPTION_KEYS_PREVIOUS may be emptied."
                        : "; more follow shortly."));
    }
}
