package org.twofold.service.factor;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.service.config.SeedVault;

/**
 * At start, before anyone signs in: every stored seed must open with a configured key.
 * Otherwise Twofold does not start, and the log names the missing key, rather than running
 * with authenticator apps that would all be refused.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SeedKeyCheck {

    private static final Logger LOG = Logger.getLogger(SeedKeyCheck.class.getName());

    @Inject
    private TotpFactorService factors;

    @Inject
    private SeedVault vault;

    @PostConstruct
    void everySeedHasItsKey() {
        KeyRing keys = vault.keys();
        List<String> stored = factors.seedKeyIds();
        Set<String> missing = keys.missing(stored.stream().filter(Objects::nonNull).toList());
        if (!missing.isEmpty()) {
            refuse("Authenticator apps are sealed with the encryption key " + String.join(", ", missing)
                    + ", which is not configured.");
        }
        if (stored.contains(null)) {
            long unopenable = factors.sealedWithoutKeyId().stream()
                    .filter(factor -> !vault.opens(factor))
                    .count();
            if (unopenable > 0) {
                refuse(unopenable + " authenticator apps were sealed, by a release that did not record key ids, "
                        + "with an encryption key that is not configured.");
            }
        }
    }

    private void refuse(String problem) {
        String message = problem + " Twofold does not start. Set TWOFOLD_ENCRYPTION_KEY to the key they were sealed "
                + "with, or list it in TWOFOLD_ENCRYPTION_KEYS_PREVIOUS (comma-separated). Configured keys: "
                + vault.keys().describe() + "."
                + vault.unusedKeyFileId().map(id -> " The key generated earlier into the data folder (encryption.key) "
                        + "has id " + id + " and is not configured.").orElse("");
        LOG.severe(message);
        throw new IllegalStateException(message);
    }
}
