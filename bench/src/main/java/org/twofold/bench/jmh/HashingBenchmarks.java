package org.twofold.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.twofold.domain.challenge.OneTimeCodes;
import org.twofold.domain.crypto.PasswordHasher;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Totp;
import org.twofold.domain.otp.TotpParameters;

/**
 * Time per operation of each hash a sign-in computes. Run with {@code -prof gc} for the
 * allocation per operation (the README's command does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class HashingBenchmarks {

    private final PasswordHasher hasher = PasswordHasher.standard();
    private String argon2Hash;
    private String legacyHash;
    private byte[] totpSeed;
    private String pendingDigest;
    private String codeHash;

    @Setup
    public void setUp() {
        argon2Hash = hasher.hash("correct horse battery staple");
        // Release 0.1's format: PBKDF2-HMAC-SHA512, 210 000 iterations (Python's hashlib made it).
        legacyHash = "pbkdf2-sha512$210000$cmVsZWFzZS0wLjEtc2FsdA$"
                + "TW2fyKjjI3fYwbAi6qWN+ERA8HP27EKYQa4FFoFmY0rBAAJt9R4mJd9o5bW1j+jJmQMrKAUwFBtU4cyTZ3qsqA";
        totpSeed = Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        pendingDigest = Tokens.digest(Tokens.newToken());
        codeHash = OneTimeCodes.hash(pendingDigest, "123456");
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public boolean argon2idVerify() {
        return hasher.verify("correct horse battery staple", argon2Hash);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public boolean pbkdf2LegacyVerify() {
        return hasher.verify("old password", legacyHash);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object totpVerify() {
        return Totp.verify(totpSeed, "000000", System.currentTimeMillis() / 1000, TotpParameters.DEFAULT, Totp.MAX_WINDOW);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean sentCodeVerify() {
        return OneTimeCodes.matches(pendingDigest, "123456", codeHash);
    }
}
