package org.twofold.service.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.domain.crypto.SecretCipher;
import org.twofold.domain.factor.TotpFactor;

/**
 * Encrypts and decrypts TOTP seeds with the deployment's AES-256 keys. The current key comes
 * from TWOFOLD_ENCRYPTION_KEY (Base64 of 32 bytes); without it, one is generated once into the
 * data directory with a warning, so a fresh install works and keeps working after a restart.
 * TWOFOLD_ENCRYPTION_KEYS_PREVIOUS lists earlier keys (comma-separated), which still open the
 * seeds they sealed until {@code SeedResealer} has sealed them with the current key.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class SeedVault {

    private static final Logger LOG = Logger.getLogger(SeedVault.class.getName());
    static final String KEY_FILE = "encryption.key";

    @Inject
    private DeploymentConfig config;

    private KeyRing keys;
    private Optional<String> unusedKeyFileId = Optional.empty();

    @PostConstruct
    void loadKeys() {
        byte[] current = config.encryptionKey()
                .map(value -> decode(value, "TWOFOLD_ENCRYPTION_KEY"))
                .orElseGet(this::keyFromFile);
        List<byte[]> previous = config.previousEncryptionKeys().stream()
                .map(value -> decode(value, "TWOFOLD_ENCRYPTION_KEYS_PREVIOUS"))
                .toList();
        keys = new KeyRing(current, previous);
        Path file = config.dataDirectory().resolve(KEY_FILE);
        if (config.encryptionKey().isPresent() && Files.exists(file)) {
            // Moving from the generated key to TWOFOLD_ENCRYPTION_KEY is the common rotation: name the old key.
            String id = KeyRing.idOf(readKeyFile(file));
            unusedKeyFileId = keys.ids().contains(id) ? Optional.empty() : Optional.of(id);
        }
    }

    /** The id of the key generated into the data folder earlier, when it is there but not configured. */
    public Optional<String> unusedKeyFileId() {
        return unusedKeyFileId;
    }

    /** Seals the seed of this factor (the id binds the ciphertext to its row) with the current key. */
    public KeyRing.Sealed seal(long factorId, byte[] seed) {
        return keys.seal(seed, associatedData(factorId));
    }

    public byte[] open(TotpFactor factor) {
        return open(factor.sealedSeed(), factor.getId());
    }

    /** @throws IllegalStateException if the key is not configured, or the value belongs to another row */
    public byte[] open(KeyRing.Sealed sealed, long factorId) {
        return keys.open(sealed, associatedData(factorId));
    }

    public KeyRing keys() {
        return keys;
    }

    /** Whether a configured key opens this factor's seed. */
    public boolean opens(TotpFactor factor) {
        try {
            open(factor);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Binds a sealed seed to its row, so it cannot be copied to another. */
    private static byte[] associatedData(long factorId) {
        return ("totp-factor:" + factorId).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] keyFromFile() {
        Path file = config.dataDirectory().resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return readKeyFile(file);
            }
            if (config.sharedDatabase()) {
                // A key generated here would be this node's alone: the others could not open its seeds.
                String message = "TWOFOLD_DB_URL is set but TWOFOLD_ENCRYPTION_KEY is not: every node of a cluster needs "
                        + "the same key (docs/cluster.md). Twofold does not start.";
                LOG.severe(message);
                throw new IllegalStateException(message);
            }
            byte[] key = new byte[SecretCipher.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            restrictToOwner(file);
            LOG.warning("TWOFOLD_ENCRYPTION_KEY is not set: generated a key for TOTP seeds in " + file
                    + ". Back it up with the database; for production set TWOFOLD_ENCRYPTION_KEY instead.");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the encryption key file " + file, e);
        }
    }

    private static byte[] readKeyFile(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the encryption key file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warning("Could not restrict permissions of " + file + "; protect it by other means");
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The encryption key from " + source + " is not Base64");
        }
        if (key.length != SecretCipher.KEY_BYTES) {
            throw new IllegalStateException("The encryption key from " + source + " must be 32 bytes (Base64 of 256 bits)");
        }
        return key;
    }
}
