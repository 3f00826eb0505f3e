package org.twofold.service.retention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.IntUnaryOperator;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.settings.RetentionCutoffs;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.challenge.CodeChallengeService;
import org.twofold.service.delivery.DeliveryQueue;
import org.twofold.service.factor.FactorRetention;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.PendingSignIns;
import org.twofold.service.throttle.AddressThrottles;
import org.twofold.service.throttle.NameThrottles;

/**
 * Deletes what the retention settings no longer keep. Runs outside a transaction so that each
 * batch, a call to the owning service, commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionCleanup {

    static final int BATCH = 500;
    /** At most this many batches of one kind per run; the next run carries on with the rest. */
    private static final int MAX_BATCHES = 200;

    @Inject
    private SettingsService settings;

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private CodeChallengeService codeChallenges;

    @Inject
    private FactorRetention factors;

    @Inject
    private AddressThrottles addresses;

    @Inject
    private NameThrottles names;

    @Inject
    private DeliveryQueue deliveryQueue;

    @Inject
    private AuditLog audit;

    public RetentionReport run(Instant now) {
        SystemSettings current = settings.current();
        RetentionCutoffs cutoffs = current.getRetention().cutoffs(now);
        int auditEvents = cutoffs.auditBefore()
                .map(before -> inBatches(max -> audit.deleteBefore(before, max)))
                .orElse(0);
        RetentionReport report = new RetentionReport(
                inBatches(max -> pendingSignIns.deleteExpired(cutoffs.expiredBefore(), max)),
                inBatches(max -> codeChallenges.deleteExpired(cutoffs.expiredBefore(), max))
                        + inBatches(max -> factors.deleteExpiredPasskeyChallenges(cutoffs.expiredBefore(), max)),
                inBatches(max -> factors.deleteExpiredLinks(cutoffs.expiredBefore(), max)),
                inBatches(max -> addresses.deleteQuietSince(cutoffs.expiredBefore(), max))
                        + inBatches(max -> names.deleteQuietSince(cutoffs.expiredBefore(), max)),
                inBatches(max -> factors.deleteUnconfirmedApps(cutoffs.unconfirmedAppsBefore(), max))
                        + inBatches(max -> factors.deleteUnconfirmedContacts(cutoffs.unconfirmedAppsBefore(), max)),
                inBatches(max -> factors.deleteExpiredBrowsers(cutoffs.expiredBefore(), max))
                        + inBatches(max -> factors.deleteExpiredApiKeys(cutoffs.expiredBefore(), max)),
                inBatches(max -> deliveryQueue.deleteSent(cutoffs.sentMessagesBefore(), max)),
                auditEvents);
        if (auditEvents > 0) {
            // The log says when and why its own older part went.
            audit.record(AuditEventType.AUDIT_EVENTS_DELETED, null, null, auditEvents + " events older than "
                    + current.getRetention().getAuditRetentionDays() + " days");
        }
        return report;
    }

    private static int inBatches(IntUnaryOperator deleteUpTo) {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = deleteUpTo.applyAsInt(BATCH);
            total += deleted;
            if (deleted < BATCH) {
                break;
            }
        }
        return total;
    }
}
