package org.twofold.domain.otp;

/**
 * How a TOTP factor computes its codes. Kept on each factor, so changing the system
 * settings later does not break authenticator apps that are already enrolled.
 */
public record TotpParameters(OtpAlgorithm algorithm, int digits, int periodSeconds) {

    public static final TotpParameters DEFAULT = new TotpParameters(OtpAlgorithm.SHA1, 6, 30);

    public TotpParameters {
        if (algorithm == null) {
            throw new IllegalArgumentException("algorithm is required");
        }
        if (digits != 6 && digits != 8) {
            throw new IllegalArgumentException("digits must be 6 or 8");
        }
        if (periodSeconds < 15 || periodSeconds > 120) {
            throw new IllegalArgumentException("period must be between 15 and 120 seconds");
        }
    }
}
