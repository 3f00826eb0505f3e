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

    private final byte[] seed;
    private long lastStepUsed = Long.MIN_VALUE;

    Authenticator(String base32Secret) {
        this.seed = Base32.decode(base32Secret);
    }

    static long currentStep() {
        return Totp.step(System.currentTimeMillis() / 1000, 30);
    }

    String codeFor(long step) {
        return Hotp.generate(seed, step, 6, OtpAlgorithm.SHA1);
    }

    /**
     * A code the server should accept now: the earliest step within its ±1 window that is
     * later than any step used before, waiting for time to move on if none is left.
     */
    String nextCode() throws InterruptedException {
        while (true) {
            long now = currentStep();
            long step = Math.max(now, lastStepUsed + 1);
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
