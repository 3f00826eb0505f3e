package org.twofold.service.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/** Runs the clean-up every hour; on each node, which is harmless: a row is deleted once. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSweeper {

    @Inject
    private RetentionCleanup cleanup;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void cleanUp() {
        cleanup.run(Instant.now());
    }
}
