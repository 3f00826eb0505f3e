package org.twofold.service.factor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.service.config.SeedVault;

/**
 * New recovery codes on their way to the person's screen, sealed with the encryption key while
 * the HTTP session holds them: the session is written to the database (every node reads it),
 * and everywhere else the codes are kept only as hashes.
 */
@ApplicationScoped
public class RecoveryCodesToShow {

    private static final byte[] PURPOSE = "recovery-codes-to-show".getBytes(StandardCharsets.US_ASCII);

    @Inject
    private SeedVault vault;

    /** Null for no codes. */
    public KeyRing.Sealed seal(List<String> codes) {
        return codes.isEmpty() ? null : vault.keys().seal(String.join("\n", codes).getBytes(StandardCharsets.UTF_8), PURPOSE);
    }

    /** The codes; none when no configured key opens them (a key removed meanwhile). */
    public List<String> open(KeyRing.Sealed sealed) {
        try {
            return List.of(new String(vault.keys().open(sealed, PURPOSE), StandardCharsets.UTF_8).split("\n"));
        } catch (IllegalStateException unopenable) {
            return List.of();
        }
    }
}
