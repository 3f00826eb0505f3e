package org.twofold.domain.otp;

/** The HMAC functions RFC 6238 allows, with the seed length each one should get. */
public enum OtpAlgorithm {
    SHA1("HmacSHA1", 20),
    SHA256("HmacSHA256", 32),
    SHA512("HmacSHA512", 64);

    private final String macName;
    private final int seedBytes;

    OtpAlgorithm(String macName, int seedBytes) {
        this.macName = macName;
        this.seedBytes = seedBytes;
    }

    public String macName() {
        return macName;
    }

    /** Seed length in bytes: the HMAC output size, which is at least RFC 4226's 160 bits. */
    public int seedBytes() {
        return seedBytes;
    }
}
