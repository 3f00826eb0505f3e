package org.twofold.service.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * This node's meters, each named and described here once (docs/operations.md#metrics lists
 * them). Counters start at zero when the node starts; Prometheus's {@code rate()} expects that.
 */
@ApplicationScoped
public class Meters {

    private PrometheusMeterRegistry registry;
    private JvmGcMetrics gc;

    /** Without a container, for tests: started, and never stopped. */
    public static Meters standalone() {
        Meters meters = new Meters();
        meters.start();
        return meters;
    }

    @PostConstruct
    void start() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    @PreDestroy
    void stop() {
        gc.close();
        registry.close();
    }

    /** One sign-in step's outcome: {@code step} such as password or app_code, {@code outcome} such as signed_in or wrong. */
    public void signInStep(String step, String outcome) {
        Counter.builder("twofold.sign.in.steps")
                .description("Sign-in steps run, by step and outcome")
                .tags("step", step, "outcome", outcome)
                .register(registry).increment();
    }

    /** A lockout began: of an account (failed sign-ins in a row) or of a client address (failures from it). */
    public void lockoutBegun(String of) {
        Counter.builder("twofold.lockouts")
                .description("Lockouts begun, of an account or of a client address")
                .tags("of", of)
                .register(registry).increment();
    }

    /** A message was queued for sending: a sign-in code, an enrolment link, a notice or a test. */
    public void messageQueued(String channel, String purpose) {
        Counter.builder("twofold.messages.queued")
                .description("Messages queued for sending, by channel and purpose (sign_in_code, enrolment_link, security_notice, test)")
                .tags("channel", channel, "purpose", purpose)
                .register(registry).increment();
    }

    /** One delivery attempt's outcome: sent, retrying or failed (given up). */
    public void deliveryAttempt(String channel, String outcome) {
        Counter.builder("twofold.delivery.attempts")
                .description("Delivery attempts of queued messages, by channel and outcome (sent, retrying, failed)")
                .tags("channel", channel, "outcome", outcome)
                .register(registry).increment();
    }

    /** Another application got a sign-in: an authorization code, tokens, or a forward-auth pass. */
    public void applicationSignIn(String application, String issued) {
        Counter.builder("twofold.application.sign.ins")
                .description("Sign-ins issued to other applications, by application and what was issued")
                .tags("application", application, "issued", issued)
                .register(registry).increment();
    }

    /** A password check or hash ran after waiting {@code waited} for a slot, and took {@code took}. */
    public void passwordHashed(Duration waited, Duration took) {
        Timer.builder("twofold.password.hash.wait")
                .description("Time password checks waited for a hash slot")
                .register(registry).record(waited);
        Timer.builder("twofold.password.hash")
                .description("Time a password hash took, once it had its slot")
                .register(registry).record(took);
    }

    /** A password check found every hash slot taken and had to wait for one. */
    public void passwordHashWaited() {
        Counter.builder("twofold.password.hash.waited")
                .description("Password checks that found every hash slot taken and waited for one")
                .register(registry).increment();
    }

    /** A password check found no free slot in time and was not computed. */
    public void passwordHashGaveUp() {
        Counter.builder("twofold.password.hash.gave.up")
                .description("Password checks that found no free hash slot in time (the person was asked to try again)")
                .register(registry).increment();
    }

    /** An audit event was committed: {@code outcome} is success or failure. */
    public void auditEvent(String type, String outcome) {
        Counter.builder("twofold.audit.events")
                .description("Audit events recorded, by type and outcome")
                .tags("type", type, "outcome", outcome)
                .register(registry).increment();
    }

    /** An audit event did not reach the file or syslog destination (it stays in the audit log). */
    public void auditEventDropped() {
        Counter.builder("twofold.audit.feed.dropped")
                .description("Audit events that did not reach TWOFOLD_AUDIT_FILE or TWOFOLD_AUDIT_SYSLOG (they stay in the audit log)")
                .register(registry).increment();
    }

    /** A value read when Prometheus scrapes (a queue's depth, say); {@code tags} are names and values in turn. */
    public void gauge(String name, String description, DoubleSupplier value, String... tags) {
        Gauge.builder(name, value, DoubleSupplier::getAsDouble).strongReference(true) // the supplier has no other holder
                .description(description).tags(Tags.of(tags)).register(registry);
    }

    /** Every meter in Prometheus's text format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }
}
