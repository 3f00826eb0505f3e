package org.twofold.service.factor;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.twofold.service.apikey.ApiKeyService;
import org.twofold.service.passkey.PasskeyChallenges;

/**
 * The factor records the retention clean-up deletes, one batch a call, each committed on its
 * own: apps and email or SMS factors set up but never confirmed, expired enrolment links,
 * remembered browsers, passkey challenges and API keys ("twofold login" makes keys that expire).
 * Confirmed factors are never deleted here.
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

    @Inject
    private PasskeyChallenges passkeyChallenges;

    @Inject
    private ApiKeyService apiKeys;

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

    public int deleteExpiredApiKeys(Instant cutoff, int max) {
        return apiKeys.deleteExpired(cutoff, max);
    }

    /** Challenges handed out for passkey ceremonies that were never answered. */
    public int deleteExpiredPasskeyChallenges(Instant cutoff, int max) {
        return passkeyChallenges.deleteExpired(cutoff, max);
    }
}
