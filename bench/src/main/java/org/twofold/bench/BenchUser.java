package org.twofold.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Hotp;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.Totp;

/**
 * A seeded user: name and the authenticator app's secret, kept in {@code bench-users.csv}
 * between the seeding and the load runs. Codes come one per 30-second step, never twice (the
 * server refuses a replayed step), and never of the step in which the users were read: the
 * seeding or an earlier run may have used it.
 */
final class BenchUser {

    static final Path FILE = Path.of("bench-users.csv");
    /** Keycloak's seeded users, kept apart from Twofold's. */
    static final Path KEYCLOAK_FILE = Path.of("keycloak-users.csv");
    static final String PASSWORD = "bench password for load tests 1";

    final String username;
    private final byte[] seed;
    private long lastStep;

    BenchUser(String username, String base32Seed, long lastStepUsed) {
        this.username = username;
        this.seed = Base32.decode(base32Seed.replace(" ", ""));
        this.lastStep = lastStepUsed;
    }

    /** Whether a code of a step not used yet is available now. */
    synchronized boolean ready(long nowSeconds) {
        return Totp.step(nowSeconds, 30) > lastStep;
    }

    /** A code of the current step, which from now on counts as used. */
    synchronized String nextCode(long nowSeconds) {
        lastStep = Totp.step(nowSeconds, 30);
        return Hotp.generate(seed, lastStep, 6, OtpAlgorithm.SHA1);
    }

    static List<BenchUser> load() throws IOException {
        return load(FILE);
    }

    static List<BenchUser> load(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " is missing: run the seed command first");
        }
        long stepNow = Totp.step(System.currentTimeMillis() / 1000, 30);
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> line.contains(","))
                .map(line -> new BenchUser(line.substring(0, line.indexOf(',')), line.substring(line.indexOf(',') + 1), stepNow))
                .toList();
    }
}
