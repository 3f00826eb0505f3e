package org.twofold.service.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.domain.delivery.DeliveryChannel;

class ChannelBacklogTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @ParameterizedTest(name = "{0} waiting, oldest {1} s, {2} retrying, {3} failed lately: {4}")
    @CsvSource(nullValues = "-", value = {
        "0, -,   0, 0, -",
        "3, 30,  0, 0, -",
        "3, 120, 0, 0, -",
        "3, 121, 0, 0, the oldest message has waited 121 s",
        "3, 30,  1, 0, 1 message(s) waiting to be retried after a failed attempt",
        "0, -,   0, 2, 2 message(s) failed for good in the last 15 minutes",
        "5, 300, 1, 2, 2 message(s) failed for good in the last 15 minutes",
    })
    void saysWhatIsWrong(long waiting, Long oldestSeconds, long retrying, long failed, String problem) {
        Instant oldest = oldestSeconds == null ? null : NOW.minusSeconds(oldestSeconds);
        ChannelBacklog backlog = new ChannelBacklog(DeliveryChannel.SMS, waiting, oldest, retrying, failed);
        assertEquals(problem, backlog.problem(NOW).orElse(null));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, 0", "90, 90", "-30, 0"})
    void oldestAgeIsNeverNegative(Long oldestSeconds, long age) {
        Instant oldest = oldestSeconds == null ? null : NOW.minusSeconds(oldestSeconds);
        assertEquals(Duration.ofSeconds(age), new ChannelBacklog(DeliveryChannel.EMAIL, 1, oldest, 0, 0).oldestAge(NOW));
    }
}
