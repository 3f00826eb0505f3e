package org.twofold.service.useradmin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.factor.ContactFactor;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.ContactFactorService;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.FactorWipe;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.factor.TrustedDeviceService;
import org.twofold.service.factor.UserFactors;
import org.twofold.service.signin.PendingSignIns;
import org.twofold.service.user.UserDirectory;

/**
 * What an administrator does about a user's factors and sessions: reset every factor, remove
 * one, end every session. Each is audited under the administrator's name and the user is told.
 */
@Stateless
public class UserFactorAdministration {

    @Inject
    private UserDirectory users;

    @Inject
    private TotpFactorService apps;

    @Inject
    private ContactFactorService contacts;

    @Inject
    private FactorWipe wipe;

    @Inject
    private TrustedDeviceService trustedDevices;

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    /**
     * Removes the user's authenticator apps, passkeys, email and SMS factors, any sign-in in progress and
     * every session, so codes from the old secret stop working at once; the next sign-in enrols
     * anew. The user is told by email.
     */
    public void resetFactors(long id, Actor actor) throws RefusedException {
        User user = users.existing(id);
        FactorWipe.Wiped wiped = wipe.wipe(user);
        pendingSignIns.removeAll(user);
        user.endSessions(Instant.now()); // a session signed in with a removed factor ends too
        boolean told = notices.factorsReset(user);
        audit.recordChange(actor, AuditEventType.FACTORS_RESET, user.getUsername(),
                wiped + (told ? ", user notified by email" : ", no email address to notify"));
    }

    /**
     * Removes one of the user's authenticator apps: its codes fail at once, and every
     * remembered browser asks for a code again. Unlike on the user's own Security page, the
     * last one may go: the next sign-in then sets up a new one, as after a reset.
     */
    public void removeApp(long id, long appId, Actor actor) throws RefusedException {
        User user = users.existing(id);
        if (!apps.remove(user, appId)) {
            throw new RefusedException("users.factorGone");
        }
        afterRemoval(user, actor, "authenticator app", notices.appRemoved(user));
    }

    /** Removes the user's email or SMS factor; the same rules as {@link #removeApp}. */
    public void removeContact(long id, TwoFactorMethod method, Actor actor) throws RefusedException {
        User user = users.existing(id);
        Optional<ContactFactor> factor = !method.isSent() ? Optional.empty()
                : contacts.confirmed(user, UserFactors.channelOf(method));
        if (factor.isEmpty() || !contacts.remove(user, factor.get().getChannel())) {
            throw new RefusedException("users.factorGone");
        }
        String masked = Destinations.mask(factor.get().getChannel(), factor.get().getDestination());
        afterRemoval(user, actor, masked, notices.contactRemoved(user, masked));
    }

    /**
     * Every session the user has now ends at its next request, and every remembered browser
     * asks for the code again: what an admin does when a laptop is stolen.
     */
    public void endSessions(long id, Actor actor) throws RefusedException {
        User user = users.existing(id);
        user.endSessions(Instant.now());
        pendingSignIns.removeAll(user);
        int devices = trustedDevices.forgetAll(user);
        audit.recordChange(actor, AuditEventType.SESSIONS_ENDED, user.getUsername(),
                devices == 0 ? null : devices + " remembered browser(s) forgotten");
    }

    /** After one factor went: remembered browsers forgotten, and the removal audited under the administrator's name. */
    public void afterRemoval(User user, Actor actor, String what, boolean told) {
        int devices = trustedDevices.forgetAll(user);
        audit.recordChange(actor, AuditEventType.FACTOR_REMOVED, user.getUsername(), what + ", by an administrator"
                + (devices > 0 ? ", " + devices + " remembered browser(s) forgotten" : "")
                + (told ? ", user notified by email" : ""));
    }
}
