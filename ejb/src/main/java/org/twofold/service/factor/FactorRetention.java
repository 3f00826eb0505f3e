package org.twofold.service.factor;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The factor records the retention clean-up deletes, one batch a call, each committed on its
 * own: apps and email or SMS factors set up but never confirmed, expired enrolment links and
 * remembered browsers. Confirmed factors are never deleted here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FactorRetention {

    @Inject
    private TotpFactorService apps;

    @Inject
    private ContactFactorService contacts;

    @Inject
    private EnrolmentLinkService enrolmentLinks;

    @Inject
    private TrustedDeviceService trustedDevices;

    public int deleteUnconfirmedApps(Instant cutoff, int max) {
        return apps.deleteUnconfirmed(cutoff, max);
    }

    public int deleteUnconfirmedContacts(Instant cutoff, int max) {
        return contacts.deleteUnconfirmed(cutoff, max);
    }

    public int deleteExpiredLinks(Instant cutoff, int max) {
        return enrolmentLinks.deleteExpired(cutoff, max);
    }

    public int deleteExpiredBrowsers(Instant cutoff, int max) {
        return trustedDevices.deleteExpired(cutoff, max);
    }
}
