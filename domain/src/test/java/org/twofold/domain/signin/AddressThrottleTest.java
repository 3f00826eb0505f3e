package org.twofold.domain.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether the window-reset UPDATE is tried is decided in Java; it must agree with that UPDATE's
 * own condition, {@code windowStart <= :windowEndedBefore}, to the microsecond.
 */
class AddressThrottleTest {

    private static final Instant WINDOW_START = Instant.parse("2026-12-04T10:00:00Z");

    @ParameterizedTest(name = "window started 10:00, asked about {0}: {1}")
    @CsvSource({
            "2026-12-04T09:59:59.999999Z, false",
            "2026-12-04T10:00:00Z, true",
            "2026-12-04T10:00:00.000001Z, true",
            "2026-12-04T10:15:00Z, true",
    })
    void aWindowStartedByAnInstantAtOrAfterItsStart(Instant instant, boolean started) {
        assertEquals(started, new AddressThrottle("192.0.2.1", WINDOW_START).windowStartedBy(instant));
    }
}
