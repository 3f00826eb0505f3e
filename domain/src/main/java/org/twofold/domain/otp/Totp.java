package org.twofold.domain.otp;

import java.util.OptionalLong;

/** RFC 6238 time-based one-time passwords. */
public final class Totp {

    /** Steps accepted either side of now: at most one period of clock drift. */
    public static final int MAX_WINDOW = 1;

    private Totp() {
    }

    public static long step(long epochSeconds, int periodSeconds) {
        return Math.floorDiv(epochSeconds, periodSeconds);
    }

    public static String generate(byte[] key, long epochSeconds, TotpParameters parameters) {
        return Hotp.generate(key, step(epochSeconds, parameters.periodSeconds()), parameters.digits(), parameters.algorithm());
    }

    /**
     * Finds the time step whose code matches, looking {@code window} steps either side of now.
     * Every candidate is compared in constant time so the timing tells nothing.
     *
     * @return the matching step, or empty when the code is malformed or matches no step
     */
    public static OptionalLong verify(byte[] key, String code, long epochSeconds, TotpParameters parameters, int window) {
        if (window < 0 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("window must be between 0 and " + MAX_WINDOW);
        }
        if (!OtpCodes.isWellFormed(code, parameters.digits())) {
            return OptionalLong.empty();
        }
        long now = step(epochSeconds, parameters.periodSeconds());
        long matched = Long.MIN_VALUE;
        for (long candidate = now - window; candidate <= now + window; candidate++) {
            String expected = Hotp.generate(key, candidate, parameters.digits(), parameters.algorithm());
            if (OtpCodes.equalsConstantTime(expected, code) && matched == Long.MIN_VALUE) {
                matched = candidate;
            }
        }
        return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
    }
}
