package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.EnrolmentDetails;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.SignInAttempts;

/** A user's own authenticator apps on the Security page: another one added, one removed. */
@Stateless
public class OwnApps {

    private static final String WHERE = "new app on the Security page";

    @Inject
    private PasswordConfirmation confirmation;

    @Inject
    private SettingsService settings;

    @Inject
    private TotpFactorService apps;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private FactorRemoval removal;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    /**
     * Starts adding another authenticator app: a new seed, unconfirmed until a code from it is
     * entered ({@link #confirm}).
     *
     * @return the new app's id, for {@link #details} and {@link #confirm}
     */
    public Optional<Long> start(String username, Instant confirmedAt, Instant now) {
        SystemSettings current = settings.current();
        if (!current.getAllowedMethods().contains(TwoFactorMethod.TOTP)) {
            return Optional.empty();
        }
        return confirmation.allowedToChange(username, confirmedAt, now)
                .map(user -> apps.startEnrolment(user, current.getAppCodes().parameters(), now).getId());
    }

    /** The QR code's contents and the key of an app being added, only to its own user. */
    public Optional<EnrolmentDetails> details(String username, long appId) {
        return unconfirmed(username, appId).map(app -> apps.enrolmentDetails(app, settings.current().getOtpIssuer()));
    }

    /**
     * Confirms the app being added with a code from it. Counted like a sign-in code, before it
     * is checked, so this is no way to guess codes past the lockout.
     */
    public AccountChange confirm(String username, long appId, String code, Instant confirmedAt, String clientIp, Instant now) {
        if (!PasswordConfirmation.recentlyConfirmed(confirmedAt, now)) {
            return AccountChange.PASSWORD_NEEDED;
        }
        Optional<TotpFactor> app = unconfirmed(username, appId);
        if (app.isEmpty()) {
            return AccountChange.NOT_FOUND;
        }
        User user = app.get().getUser();
        Optional<SignInAttempts.Attempt> attempt = attempts.begin(user.getId(), clientIp, settings.current(), now);
        if (attempt.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, username, clientIp, WHERE);
            return AccountChange.LOCKED;
        }
        if (!apps.verifyAndClaim(app.get(), code, now)) {
            audit.record(AuditEventType.SECOND_FACTOR_FAILED, username, clientIp, WHERE);
            attempts.failed(attempt.get(), username, clientIp);
            return attempt.get().lockedTheAccount() ? AccountChange.LOCKED : AccountChange.WRONG_CODE;
        }
        attempts.succeeded(attempt.get());
        apps.confirm(app.get(), now);
        boolean told = notices.appSetUp(user);
        audit.record(AuditEventType.FACTOR_ENROLLED, username, clientIp,
                "another authenticator app, on the Security page" + (told ? ", user notified by email" : ""));
        return AccountChange.DONE;
    }

    /** Removes one of the user's apps; its codes fail at once. The last factor stays ({@link FactorRemoval}). */
    public AccountChange remove(String username, long appId, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = confirmation.allowedToChangeLocked(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        List<TotpFactor> confirmed = apps.confirmedFactorsOf(user.get());
        if (confirmed.stream().noneMatch(app -> app.getId() == appId)) {
            return AccountChange.NOT_FOUND;
        }
        if (removal.isLastKept(user.get())) {
            return AccountChange.LAST_FACTOR;
        }
        if (!apps.remove(user.get(), appId)) {
            return AccountChange.NOT_FOUND;
        }
        int forgotten = removal.afterRemoval(user.get(), TwoFactorMethod.TOTP, confirmed.size() == 1);
        boolean told = notices.appRemoved(user.get());
        audit.record(AuditEventType.FACTOR_REMOVED, username, clientIp, "authenticator app, by the user"
                + (forgotten > 0 ? ", " + forgotten + " remembered browser(s) forgotten" : "")
                + (told ? ", user notified by email" : ""));
        return AccountChange.DONE;
    }

    private Optional<TotpFactor> unconfirmed(String username, long appId) {
        return apps.find(appId).filter(app -> !app.isConfirmed() && app.getUser().getUsername().equals(username));
    }
}
