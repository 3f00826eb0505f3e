package org.twofold.domain.otp;

import java.security.SecureRandom;

/** Fresh TOTP seeds from a CSPRNG. */
public final class SecretGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretGenerator() {
    }

    public static byte[] newSeed(OtpAlgorithm algorithm) {
        byte[] seed = new byte[algorithm.seedBytes()];
        RANDOM.nextBytes(seed);
        return seed;
    }
}
