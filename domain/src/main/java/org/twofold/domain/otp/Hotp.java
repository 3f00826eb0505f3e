package org.twofold.domain.otp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 4226 HMAC-based one-time passwords. */
public final class Hotp {

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Hotp() {
    }

    public static String generate(byte[] key, long counter, int digits, OtpAlgorithm algorithm) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("digits must be 6, 7 or 8");
        }
        byte[] hash = hmac(key, ByteBuffer.allocate(Long.BYTES).putLong(counter).array(), algorithm);
        int offset = hash[hash.length - 1] & 0x0F;
        int binary = ((hash[offset] & 0x7F) << 24)
                | ((hash[offset + 1] & 0xFF) << 16)
                | ((hash[offset + 2] & 0xFF) << 8)
                | (hash[offset + 3] & 0xFF);
        int otp = binary % POWERS_OF_TEN[digits];
        StringBuilder code = new StringBuilder(Integer.toString(otp));
        while (code.length() < digits) {
            code.insert(0, '0');
        }
        return code.toString();
    }

    private static byte[] hmac(byte[] key, byte[] message, OtpAlgorithm algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm.macName());
            mac.init(new SecretKeySpec(key, "RAW"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            // Every JDK ships these three MACs; reaching here means a broken runtime.
            throw new IllegalStateException("HMAC unavailable: " + algorithm.macName(), e);
        }
    }
}
