package org.twofold.service.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.delivery.DeliveryChannel;

/**
 * One delivery channel's backlog, and whether it is degraded: messages retrying, one failed for
 * good lately, or the oldest waiting longer than people wait for a code.
 *
 * @param waiting       messages queued or being sent
 * @param oldestWaiting when the oldest of them was queued; null when none waits
 * @param retrying      how many of them already failed an attempt
 * @param failedLately  messages given up on within {@link #LATELY}
 */
public record ChannelBacklog(DeliveryChannel channel, long waiting, Instant oldestWaiting, long retrying, long failedLately) {

    /** A code that waits this long is one the person has given up on. */
    public static final Duration TOO_OLD = Duration.ofMinutes(2);
    /** How far back a message given up on still makes the channel degraded. */
    public static final Duration LATELY = Duration.ofMinutes(15);

    ChannelBacklog withFailedLately(long failed) {
        return new ChannelBacklog(channel, waiting, oldestWaiting, retrying, failed);
    }

    /** How long the oldest waiting message has waited; zero when none waits. */
    public Duration oldestAge(Instant now) {
        return oldestWaiting == null || oldestWaiting.isAfter(now) ? Duration.ZERO : Duration.between(oldestWaiting, now);
    }

    /** What is wrong, in words for the health check; empty when the channel keeps up. */
    public Optional<String> problem(Instant now) {
        if (failedLately > 0) {
            return Optional.of(failedLately + " message(s) failed for good in the last " + LATELY.toMinutes() + " minutes");
        }
        if (retrying > 0) {
            return Optional.of(retrying + " message(s) waiting to be retried after a failed attempt");
        }
        if (oldestAge(now).compareTo(TOO_OLD) > 0) {
            return Optional.of("the oldest message has waited " + oldestAge(now).toSeconds() + " s");
        }
        return Optional.empty();
    }
}
