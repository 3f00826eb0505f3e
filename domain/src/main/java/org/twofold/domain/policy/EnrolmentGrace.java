package org.twofold.domain.policy;

import java.time.Duration;
import java.time.Instant;

/**
 * GitLab's grace period: a user newly required to use a second factor may put off enrolling
 * for some days, counted from the first sign-in that asked for it.
 */
public final class EnrolmentGrace {

    private EnrolmentGrace() {
    }

    /**
     * Whole days left to enrol (rounded up), or 0 when the user must enrol now.
     *
     * @param startedAt the first sign-in that required a factor, or null if this is it
     */
    public static long daysLeft(Instant startedAt, int graceDays, Instant now) {
        if (graceDays <= 0) {
            return 0;
        }
        Instant start = startedAt == null ? now : startedAt;
        Duration left = Duration.between(now, start.plus(Duration.ofDays(graceDays)));
        if (left.isNegative() || left.isZero()) {
            return 0;
        }
        return (left.toSeconds() + 86_399) / 86_400;
    }
}
