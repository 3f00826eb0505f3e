package org.twofold.web.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToDoubleFunction;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.service.delivery.ChannelBacklog;
import org.twofold.service.delivery.DeliveryQueue;
import org.twofold.service.metrics.Meters;
import org.twofold.service.signin.OpenSessions;

/**
 * Gauges read from the database when Prometheus scrapes: each channel's queue, and the open
 * sessions. One read serves every gauge of a scrape; on several nodes each reports the same
 * shared figures.
 */
@ApplicationScoped
public class StoredGauges {

    /** Long enough for one scrape to read every gauge from one snapshot. */
    private static final Duration SNAPSHOT_LIFETIME = Duration.ofSeconds(2);

    @Inject
    private DeliveryQueue queue;

    @Inject
    private OpenSessions sessions;

    private final AtomicBoolean registered = new AtomicBoolean();
    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, List.of());

    private record Snapshot(Instant takenAt, List<ChannelBacklog> backlog) {
    }

    public void registerWith(Meters meters) {
        if (!registered.compareAndSet(false, true)) {
            return;
        }
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            String name = channel.name().toLowerCase(Locale.ROOT);
            meters.gauge("twofold.delivery.queue.messages", "Messages waiting to be sent (queued or being sent), by channel",
                    () -> of(channel, ChannelBacklog::waiting), "channel", name);
            meters.gauge("twofold.delivery.queue.oldest.seconds", "How long the oldest waiting message has waited, by channel",
                    () -> of(channel, backlog -> backlog.oldestAge(Instant.now()).toMillis() / 1000.0), "channel", name);
            meters.gauge("twofold.delivery.queue.retrying", "Waiting messages that already failed an attempt, by channel",
                    () -> of(channel, ChannelBacklog::retrying), "channel", name);
        }
        meters.gauge("twofold.sessions.open", "Browser sessions open in the session store (signed in or signing in)",
                () -> sessions.count(Instant.now()));
    }

    private double of(DeliveryChannel channel, ToDoubleFunction<ChannelBacklog> figure) {
        Snapshot current = snapshot;
        Instant now = Instant.now();
        if (current.takenAt().plus(SNAPSHOT_LIFETIME).isBefore(now)) {
            current = new Snapshot(now, queue.backlog(now.minus(ChannelBacklog.LATELY)));
            snapshot = current;
        }
        return current.backlog().stream().filter(b -> b.channel() == channel).mapToDouble(figure).findFirst().orElse(0);
    }
}
