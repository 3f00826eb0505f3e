package org.twofold.service.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.twofold.domain.cluster.JobLease;
import org.twofold.service.cluster.JobLeases;
import org.twofold.service.oidc.AppGrantRetention;

/**
 * Runs the clean-up every hour, and drops the expired grants of the applications that sign in
 * through Twofold; on one node of however many (whichever takes the lease first).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSweeper {

    @Inject
    private RetentionCleanup cleanup;

    @Inject
    private AppGrantRetention appGrants;

    @Inject
    private JobLeases leases;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void cleanUp() {
        Instant now = Instant.now();
        if (!leases.take(JobLease.RETENTION, Duration.ofMinutes(50), now)) {
            return;
        }
        cleanup.run(now);
        appGrants.deleteExpired(now);
    }
}
