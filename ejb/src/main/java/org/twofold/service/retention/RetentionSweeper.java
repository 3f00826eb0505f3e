package org.twofold.service.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.twofold.service.oidc.AppGrantRetention;

/**
 * Runs the clean-up every hour, and drops the expired grants of the applications that sign in
 * through Twofold; on each node, which is harmless: a row is deleted once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSweeper {

    @Inject
    private RetentionCleanup cleanup;

    @Inject
    private AppGrantRetention appGrants;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void cleanUp() {
        Instant now = Instant.now();
        cleanup.run(now);
        appGrants.deleteExpired(now);
    }
}
