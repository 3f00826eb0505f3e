package org.twofold.it;

import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Hotp;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.Totp;

/**
 * The phone app of the tests: holds a secret read from the enrolment page and gives codes,
 * never one for a time step it already gave out (the server would refuse it as a replay).
 */
final class Authenticator {

    private static final int PERIOD_SECONDS = 30;
    /**
     * A code for the step before now is sent only while this much of the current step is
     * left, so that the server still counts that step inside its window when the code arrives.
     */
    private static final long SECONDS_LEFT_FOR_PREVIOUS_STEP = 10;

    private final byte[] seed;
    private long lastStepUsed = Long.MIN_VALUE;

    /** One app per secret in this test JVM, for tests that sign the same person in more than once. */
    private static final java.util.Map<String, Authenticator> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    Authenticator(String base32Secret) {
        this.seed = Base32.decode(base32Secret);
    }

    /** The one app of this secret: two sign-ins never use the same time step (a replay the server refuses). */
    static Authenticator shared(String base32Secret) {
        return SHARED.computeIfAbsent(base32Secret, Authenticator::new);
    }

    static long currentStep() {
        return Totp.step(System.currentTimeMillis() / 1000, PERIOD_SECONDS);
    }

    String codeFor(long step) {
        return Hotp.generate(seed, step, 6, OtpAlgorithm.SHA1);
    }

    /**
     * A code the server should accept now: the earliest step within its ±1 window that is
     * later than any step used before, waiting for time to move on if none is left. Starting
     * at the step before now gives three sign-ins per 30 s instead of two, which is most of
     * what the suite spends waiting.
     */
    String nextCode() throws InterruptedException {
        while (true) {
            long epochSeconds = System.currentTimeMillis() / 1000;
            long now = Totp.step(epochSeconds, PERIOD_SECONDS);
            long secondsLeft = PERIOD_SECONDS - epochSeconds % PERIOD_SECONDS;
            long earliest = secondsLeft >= SECONDS_LEFT_FOR_PREVIOUS_STEP ? now - 1 : now;
            long step = Math.max(earliest, lastStepUsed + 1);
            if (step <= now + 1) {
                lastStepUsed = step;
                return codeFor(step);
            }
            Thread.sleep(1000);
        }
    }

    /** The code most recently handed out: already used, so a replay. */
    String lastCode() {
        return codeFor(lastStepUsed);
    }

    long lastStepUsed() {
        return lastStepUsed;
    }
}
