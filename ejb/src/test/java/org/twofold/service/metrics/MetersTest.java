package org.twofold.service.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The names Prometheus sees are the ones docs/operations.md#metrics and ops/ name. */
class MetersTest {

    private final Meters meters = Meters.standalone();

    private void assertSample(String sample) {
        String scraped = meters.scrape();
        assertTrue(scraped.lines().anyMatch(line -> line.equals(sample)), sample + " in:\n" + scraped);
    }

    @Test
    void countersAreNamedAsDocumented() {
        meters.signInStep("password", "wrong");
        meters.signInStep("password", "wrong");
        meters.lockoutBegun("address");
        meters.messageQueued("sms", "sign_in_code");
        meters.deliveryAttempt("email", "retrying");
        meters.applicationSignIn("wiki", "tokens");
        meters.auditEvent("ACCOUNT_LOCKED", "failure");
        meters.auditEventDropped();
        meters.passwordHashWaited();
        meters.passwordHashGaveUp();
        assertSample("twofold_sign_in_steps_total{outcome=\"wrong\",step=\"password\"} 2.0");
        assertSample("twofold_lockouts_total{of=\"address\"} 1.0");
        assertSample("twofold_messages_queued_total{channel=\"sms\",purpose=\"sign_in_code\"} 1.0");
        assertSample("twofold_delivery_attempts_total{channel=\"email\",outcome=\"retrying\"} 1.0");
        assertSample("twofold_application_sign_ins_total{application=\"wiki\",issued=\"tokens\"} 1.0");
        assertSample("twofold_audit_events_total{outcome=\"failure\",type=\"ACCOUNT_LOCKED\"} 1.0");
        assertSample("twofold_audit_feed_dropped_total 1.0");
        assertSample("twofold_password_hash_waited_total 1.0");
        assertSample("twofold_password_hash_gave_up_total 1.0");
    }

    @Test
    void hashTimesAndGaugesAreInSeconds() {
        meters.passwordHashed(Duration.ofMillis(250), Duration.ofMillis(40));
        meters.gauge("twofold.delivery.queue.oldest.seconds", "oldest", () -> 90, "channel", "sms");
        assertSample("twofold_password_hash_wait_seconds_sum 0.25");
        assertSample("twofold_password_hash_seconds_count 1");
        assertSample("twofold_delivery_queue_oldest_seconds{channel=\"sms\"} 90.0");
    }
}
