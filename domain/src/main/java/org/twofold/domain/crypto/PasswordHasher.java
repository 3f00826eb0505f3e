package org.twofold.domain.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes: Argon2id (OWASP's first choice), stored in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, so the cost can change later. Hashes of
 * earlier releases ({@code pbkdf2-sha512$iterations$salt$hash}) still verify; {@link #needsRehash}
 * tells when a stored hash should be replaced at the next right password.
 */
public final class PasswordHasher {

    private static final String ARGON2ID = "$argon2id$v=19$";
    private static final String LEGACY_PREFIX = "pbkdf2-sha512";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private final Argon2Cost cost;
    /**
     * The 1 KiB blocks of finished hashes, reused by the next ones: a hash otherwise allocates
     * its 19 MiB anew, and the collector copies the blocks of every hash still running.
     */
    private final Argon2BytesGenerator.BlockPool blocks;
    /** A hash of a random password at this cost, checked for unknown users so timings stay alike. */
    private final String dummyHash;

    /**
     * @param concurrentHashes how many hashes may run at once: the memory of that many is kept
     *                         for reuse (more running at once still work, allocating the rest)
     */
    public PasswordHasher(Argon2Cost cost, int concurrentHashes) {
        this.cost = cost;
        this.blocks = new Argon2BytesGenerator.FixedBlockPool(cost.memoryKiB() * Math.max(1, concurrentHashes));
        this.dummyHash = hash(Tokens.newToken());
    }

    /** At OWASP's cost, made at its first use (it keeps one hash's memory). */
    public static PasswordHasher standard() {
        return Standard.HASHER;
    }

    private static final class Standard {
        static final PasswordHasher HASHER = new PasswordHasher(Argon2Cost.OWASP, 1);
    }

    public Argon2Cost cost() {
        return cost;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return ARGON2ID + cost.phc() + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(argon2id(password, salt, cost, HASH_BYTES));
    }

    /** Whether the password matches the stored hash, of any cost or of an earlier release; false for anything unreadable. */
    public boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        try {
            if (stored.startsWith(ARGON2ID)) {
                return verifyArgon2id(password, stored);
            }
            if (stored.startsWith(LEGACY_PREFIX + "$")) {
                return verifyPbkdf2(password, stored);
            }
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return false;
    }

    /** Whether a stored hash is not Argon2id at this hasher's cost: the next right password replaces it. */
    public boolean needsRehash(String stored) {
        return stored == null || !stored.startsWith(ARGON2ID + cost.phc() + "$");
    }

    /** Spends the same time as a real check, for users that do not exist. */
    public void verifyDummy(String password) {
        verify(password == null ? "" : password, dummyHash);
    }

    private boolean verifyArgon2id(String password, String stored) {
        String[] parts = stored.substring(ARGON2ID.length()).split("\\$");
        if (parts.length != 3) {
            return false;
        }
        Optional<Argon2Cost> cost = parseCost(parts[0]);
        byte[] salt = Base64.getDecoder().decode(parts[1]);
        byte[] expected = Base64.getDecoder().decode(parts[2]);
        if (cost.isEmpty() || salt.length < 8 || expected.length < 16 || expected.length > 64) {
            return false;
        }
        return MessageDigest.isEqual(expected, argon2id(password, salt, cost.get(), expected.length));
    }

    /** {@code m=19456,t=2,p=1}, in that order as the PHC format writes it. */
    private static Optional<Argon2Cost> parseCost(String text) {
        String[] fields = text.split(",");
        if (fields.length != 3 || !fields[0].startsWith("m=") || !fields[1].startsWith("t=") || !fields[2].startsWith("p=")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Argon2Cost(Integer.parseInt(fields[0].substring(2)),
                    Integer.parseInt(fields[1].substring(2)), Integer.parseInt(fields[2].substring(2))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] argon2id(String password, byte[] salt, Argon2Cost cost, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .withBlockPool(blocks)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    /** Earlier releases' PBKDF2-HMAC-SHA512 at the iterations the hash names. */
    private static boolean verifyPbkdf2(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        if (iterations < 1 || iterations > 10_000_000) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, expected.length * 8);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
            return MessageDigest.isEqual(expected, derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }
}
