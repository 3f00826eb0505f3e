package org.twofold.domain.challenge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Codes sent by email or SMS: digits from a CSPRNG, stored only as a hash bound to their sign-in. */
public final class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    public static String newCode(int digits) {
        if (digits < 6 || digits > 10) {
            throw new IllegalArgumentException("codes have 6 to 10 digits");
        }
        StringBuilder code = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    public static String hash(String pendingTokenDigest, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((pendingTokenDigest + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static boolean matches(String pendingTokenDigest, String typed, String storedHash) {
        return MessageDigest.isEqual(hash(pendingTokenDigest, typed).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
