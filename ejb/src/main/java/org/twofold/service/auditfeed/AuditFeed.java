package org.twofold.service.auditfeed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.twofold.domain.audit.AuditEvent;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.metrics.Meters;

/**
 * Each committed audit event: counted in the metrics, and handed to the destinations the
 * deployment names (TWOFOLD_AUDIT_FILE, TWOFOLD_AUDIT_SYSLOG), off the request's thread. One
 * thread writes, so the lines leave in the order they were committed on this node. A
 * destination that fails is reported once, and again once it works.
 */
@ApplicationScoped
public class AuditFeed {

    private static final Logger LOG = Logger.getLogger(AuditFeed.class.getName());
    /** Events waiting for a slow destination; beyond this they are dropped and counted. */
    private static final int BACKLOG = 10_000;
    private static final long FILE_MAX_BYTES = 10L * 1024 * 1024;
    private static final int FILES_KEPT = 5;

    @Inject
    private DeploymentConfig deployment;

    @Inject
    private Meters meters;

    private ThreadPoolExecutor writer;
    private RotatingFile file;
    private SyslogSender syslog;
    /** The destinations whose last write failed; only the writer's thread reads or changes it. */
    private final Set<String> failing = new HashSet<>();

    @PostConstruct
    void open() {
        deployment.auditFile().ifPresent(path -> file = new RotatingFile(Path.of(path), FILE_MAX_BYTES, FILES_KEPT));
        deployment.auditSyslog().ifPresent(value -> {
            try {
                syslog = new SyslogSender(SyslogDestination.parse(value));
            } catch (IllegalArgumentException e) {
                LOG.severe(e.getMessage() + "; audit events are not sent to syslog.");
            }
        });
        if (file != null || syslog != null) {
            writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(BACKLOG), runnable -> {
                Thread thread = new Thread(runnable, "twofold-audit-feed");
                thread.setDaemon(true);
                return thread;
            }, (runnable, executor) -> meters.auditEventDropped());
        }
    }

    @PreDestroy
    void close() {
        if (writer != null) {
            writer.execute(() -> {
                if (file != null) {
                    file.close();
                }
                if (syslog != null) {
                    syslog.close();
                }
            });
            writer.shutdown();
            try {
                writer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called by CDI once the transaction that recorded the event has committed (at once, outside one). */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditEvent event) {
        String outcome = AuditOutcome.of(event.getType());
        meters.auditEvent(event.getType().name(), outcome);
        if (writer == null) {
            return;
        }
        String json = AuditJson.line(event, deployment.nodeName());
        String message = syslog == null ? null
                : SyslogMessage.of(event.getOccurredAt(), deployment.nodeName(), event.getType().name(),
                        AuditOutcome.FAILURE.equals(outcome), json);
        writer.execute(() -> write(json, message));
    }

    private void write(String json, String syslogMessage) {
        if (file != null) {
            deliver("TWOFOLD_AUDIT_FILE", () -> file.append(json));
        }
        if (syslog != null) {
            deliver("TWOFOLD_AUDIT_SYSLOG", () -> syslog.send(syslogMessage));
        }
    }

    @FunctionalInterface
    private interface Delivery {
        void run() throws IOException;
    }

    private void deliver(String destination, Delivery delivery) {
        try {
            delivery.run();
            if (failing.remove(destination)) {
                LOG.info("Audit events reach " + destination + " again.");
            }
        } catch (IOException e) {
            meters.auditEventDropped();
            if (failing.add(destination)) {
                LOG.warning("An audit event did not reach " + destination + ": " + e
                        + ". Until one does, further failures are counted in twofold_audit_feed_dropped_total, not logged.");
            }
        }
    }
}
