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
import java.util.logging.Logger;
import org.twofold.domain.crypto.SecretCipher;

/**
 * Encrypts and decrypts TOTP seeds with the deployment's AES-256 key. The key comes from
 * TWOFOLD_ENCRYPTION_KEY (Base64 of 32 bytes); without it, one is generated once into the
 * data directory with a warning, so a fresh install works and keeps working after a restart.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class SeedVault {

    private static final Logger LOG = Logger.getLogger(SeedVault.class.getName());
    static final String KEY_FILE = "encryption.key";

    @Inject
    private DeploymentConfig config;

    private SecretCipher cipher;

    @PostConstruct
    void loadKey() {
        byte[] key = config.encryptionKey()
                .map(value -> decode(value, "TWOFOLD_ENCRYPTION_KEY"))
                .orElseGet(this::keyFromFile);
        cipher = new SecretCipher(key);
    }

    public byte[] seal(byte[] seed, long factorId) {
        return cipher.encrypt(seed, associatedData(factorId));
    }

    public byte[] open(byte[] sealed, long factorId) {
        return cipher.decrypt(sealed, associatedData(factorId));
    }

    private static byte[] associatedData(long factorId) {
        return ("totp-factor:" + factorId).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] keyFromFile() {
        Path file = config.dataDirectory().resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
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
