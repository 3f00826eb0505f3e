package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.service.retention.RetentionCleanup;
import org.twofold.service.retention.RetentionReport;

/**
 * The clean-up against the real database, at the real time: what has outlived the retention
 * settings goes, in batches; what is younger, and what is kept on purpose, stays.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-retention-it", TestRecords.class);
    }

    @Inject
    private TestRecords records;

    @Inject
    private RetentionCleanup cleanup;

    @BeforeEach
    void withTheDefaultPeriods() {
        records.useDefaultRetention();
    }

    @Test
    void whatOutlivedItsRetentionIsDeletedAndTheRestStays() throws Exception {
        Instant now = Instant.now();
        String name = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        long user = records.createUser(name);
        // With the defaults: expired records 24 h, unconfirmed apps 24 h, sent messages 30 days, audit 365 days.
        records.expiringAt(user, now.minus(Duration.ofHours(25)));
        records.expiringAt(user, now.minus(Duration.ofHours(23)));
        records.appSetUpAt(user, now.minus(Duration.ofHours(25)), false);
        records.appSetUpAt(user, now.minus(Duration.ofHours(23)), false);
        records.appSetUpAt(user, now.minus(Duration.ofDays(400)), true);
        records.sentAt(name + "@example.test", now.minus(Duration.ofDays(31)));
        records.sentAt(name + "@example.test", now.minus(Duration.ofDays(29)));
        records.failedAt(name + "@example.test", now.minus(Duration.ofDays(90)));
        records.auditEventsAt(name, now.minus(Duration.ofDays(366)), 1);
        records.auditEventsAt(name, now.minus(Duration.ofDays(364)), 1);

        RetentionReport report = cleanup.run(now);

        assertTrue(report.total() >= 5, report.toString());
        assertEquals(1, records.pendingSignIns(user), "the sign-in that expired 23 hours ago stays");
        assertEquals(1, records.codeChallenges(user));
        assertEquals(1, records.enrolmentLinks(user));
        assertEquals(1, records.apiKeys(user), "the key that expired 23 hours ago stays");
        assertEquals(1, records.apps(user, false), "the app set up 23 hours ago may still be confirmed");
        assertEquals(1, records.apps(user, true), "a confirmed app is never cleaned up, however old");
        assertEquals(2, records.messagesTo(name + "@example.test"), "the message sent 29 days ago and the FAILED one stay");
        assertEquals(1, records.auditEventsOf(name));
    }

    @Test
    void aBacklogGoesInBatchesAndTheAuditLogSaysSo() throws Exception {
        String name = "backlog-" + UUID.randomUUID().toString().substring(0, 8);
        records.auditEventsAt(name, Instant.now().minus(Duration.ofDays(800)), 1234);
        long deletionsRecorded = records.auditEventsOfType(AuditEventType.AUDIT_EVENTS_DELETED);

        RetentionReport report = cleanup.run(Instant.now());

        assertTrue(report.auditEvents() >= 1234, report.toString());
        assertEquals(0, records.auditEventsOf(name));
        assertEquals(deletionsRecorded + 1, records.auditEventsOfType(AuditEventType.AUDIT_EVENTS_DELETED));
    }

    @Test
    void anAuditRetentionOfZeroKeepsEveryEvent() {
        String name = "forever-" + UUID.randomUUID().toString().substring(0, 8);
        records.auditEventsAt(name, Instant.now().minus(Duration.ofDays(3000)), 3);
        records.setAuditRetentionDays(0);
        try {
            cleanup.run(Instant.now());
            assertEquals(3, records.auditEventsOf(name));
        } finally {
            records.useDefaultRetention();
        }
        cleanup.run(Instant.now());
        assertEquals(0, records.auditEventsOf(name), "with a year's retention again, they go");
    }
}
