package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.signin.EnrolmentDeferral;

/**
 * The Desk's facts in one transaction: the services it asks find the person by name in the
 * transaction's own objects after the first, so the landing page of every sign-in reads the
 * person's row once, not once per fact.
 */
@Stateless
public class DeskOverview {

    private static final int RECENT_EVENTS = 10;

    @Inject
    private EnrolmentDeferral deferral;

    @Inject
    private PasskeyOffer passkeyOffer;

    @Inject
    private OwnRecoveryCodes recoveryCodes;

    @Inject
    private AuditLog audit;

    @Inject
    private OwnLanguage language;

    public DeskView of(String username, Instant now) {
        return new DeskView(deferral.daysLeftFor(username, now), passkeyOffer.due(username),
                recoveryCodes.unused(username), audit.recentOf(username, RECENT_EVENTS), language.of(username).orElse(null));
    }
}
