package org.twofold.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrolmentGraceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @ParameterizedTest(name = "grace {0} days, started {1} h ago -> {2} days left")
    @CsvSource({
            // no grace period: enrol now
            "0, -1, 0",
            "0, 0, 0",
            // first sign-in that needs a factor starts the clock
            "7, -1, 7",
            "7, 0, 7",
            "7, 1, 7",
            "7, 24, 6",
            "7, 25, 6",
            "7, 167, 1",
            // exactly at the end and after it: no more skipping
            "7, 168, 0",
            "7, 500, 0",
            "1, 23, 1",
    })
    void daysLeft(int graceDays, int startedHoursAgo, long expected) {
        Instant startedAt = startedHoursAgo < 0 ? null : NOW.minus(Duration.ofHours(startedHoursAgo));
        assertEquals(expected, EnrolmentGrace.daysLeft(startedAt, graceDays, NOW));
    }
}
