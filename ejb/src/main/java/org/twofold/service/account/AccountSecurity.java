package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.factor.TrustedDevice;
import org.twofold.domain.policy.MethodChoice;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.settings.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.EnrolmentDetails;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.factor.TrustedDeviceService;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.DeviceTrust;
import org.twofold.service.signin.FactorNotices;
import org.twofold.service.signin.SignInAttempts;
import org.twofold.service.user.UserDirectory;

/**
 * What signed-in users see and change about their own sign-in (the Security page). A change
 * needs the password confirmed within the last five minutes (SECURITY item 22), so a stolen
 * session alone cannot make one; a confirmation is counted like a sign-in attempt, so it is no
 * way around the lockout either. Every change is audited and the user told by email.
 */
@Stateless
public class AccountSecurity {

    public static final Duration REAUTHENTICATION = Duration.ofMinutes(5);

    @Inject
    private UserDirectory users;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private SettingsService settings;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private TotpFactorService apps;

    @Inject
    private TrustedDeviceService browsers;

    @Inject
    private DeviceTrust deviceTrust;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    /** Whether a password confirmed at {@code confirmedAt} (null: never) still allows a change at {@code now}. */
    public static boolean recentlyConfirmed(Instant confirmedAt, Instant now) {
        return confirmedAt != null && !confirmedAt.isAfter(now) && now.isBefore(confirmedAt.plus(REAUTHENTICATION));
    }

    public long unusedRecoveryCodes(String username) {
        return users.find(username).map(recoveryCodes::unusedCount).orElse(0L);
    }

    /** The user's second step and factors, for their Security page and the admin's user form. */
    public Optional<AccountOverview> overview(String username, Instant now) {
        return users.find(username).map(user -> {
            SystemSettings current = settings.current();
            TwoFactorMethod method = signInMethod(user);
            String destination = switch (method) {
                case TOTP -> null;
                case EMAIL -> user.primaryEmail().map(Destinations::maskEmail).orElse(null);
                case SMS -> user.primaryPhone().map(Destinations::maskPhone).orElse(null);
            };
            List<AccountOverview.App> appLines = apps.confirmedFactorsOf(user).stream().map(AccountSecurity::line).toList();
            List<AccountOverview.Browser> browserLines = browsers.of(user, now).stream().map(AccountSecurity::line).toList();
            return new AccountOverview(current.isTwoFactorEnabled(), method, destination, appLines, browserLines,
                    recoveryCodes.unusedCount(user), deviceTrust.offeredDays(user, current));
        });
    }

    /**
     * Checks the password before a change; counted like a sign-in attempt.
     *
     * @return whether it was the user's password (the caller keeps when, for {@link #recentlyConfirmed})
     */
    public boolean confirmPassword(String username, String password, String clientIp, Instant now) {
        Optional<User> user = users.find(username).filter(User::isEnabled);
        if (user.isEmpty()) {
            return false;
        }
        Optional<SignInAttempts.Attempt> attempt = attempts.begin(user.get().getId(), clientIp, settings.current(), now);
        if (attempt.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, username, clientIp, "password confirmation");
            return false;
        }
        if (users.authenticate(username, password).isEmpty()) {
            audit.record(AuditEventType.PASSWORD_FAILED, username, clientIp, "password confirmation");
            attempts.failed(attempt.get(), username, clientIp);
            return false;
        }
        attempts.succeeded(attempt.get());
        audit.record(AuditEventType.PASSWORD_CONFIRMED, username, clientIp, null);
        return true;
    }

    /**
     * A new set of recovery codes, voiding the old one; the codes are returned to be shown once.
     * Empty when the password was not confirmed recently.
     */
    public Optional<List<String>> replaceRecoveryCodes(String username, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = userAllowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = recoveryCodes.replaceSet(user.get(), now);
        boolean told = notices.recoveryCodesCreated(user.get());
        audit.record(AuditEventType.RECOVERY_CODES_CREATED, username, clientIp,
                "by the user" + (told ? ", user notified by email" : ""));
        return Optional.of(codes);
    }

    /** Forgets one of the user's remembered browsers: it asks for the code again. */
    public AccountChange forgetBrowser(String username, long browserId, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = userAllowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        if (!browsers.forget(user.get(), browserId)) {
            return AccountChange.NOT_FOUND;
        }
        told(user.get(), clientIp, "1 browser, by the user");
        return AccountChange.DONE;
    }

    /** Forgets every remembered browser of the user. */
    public AccountChange forgetAllBrowsers(String username, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = userAllowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        int forgotten = browsers.forgetAll(user.get());
        if (forgotten == 0) {
            return AccountChange.NOT_FOUND;
        }
        told(user.get(), clientIp, forgotten + " browser(s), by the user");
        return AccountChange.DONE;
    }

    /**
     * Starts adding another authenticator app: a new seed, unconfirmed until a code from it is
     * entered ({@link #confirmNewApp}).
     *
     * @return the new app's id, for {@link #newAppDetails} and {@link #confirmNewApp}
     */
    public Optional<Long> startAddingApp(String username, Instant confirmedAt, Instant now) {
        SystemSettings current = settings.current();
        if (!current.getAllowedMethods().contains(TwoFactorMethod.TOTP)) {
            return Optional.empty();
        }
        return userAllowedToChange(username, confirmedAt, now)
                .map(user -> apps.startEnrolment(user, current.totpParameters(), now).getId());
    }

    /** The QR code's contents and the key of an app being added, only to its own user. */
    public Optional<EnrolmentDetails> newAppDetails(String username, long appId) {
        return unconfirmedApp(username, appId).map(app -> apps.enrolmentDetails(app, settings.current().getOtpIssuer()));
    }

    /**
     * Confirms the app being added with a code from it. Counted like a sign-in code, before it
     * is checked, so this is no way to guess codes past the lockout.
     */
    public AccountChange confirmNewApp(String username, long appId, String code, Instant confirmedAt, String clientIp,
                                       Instant now) {
        if (!recentlyConfirmed(confirmedAt, now)) {
            return AccountChange.PASSWORD_NEEDED;
        }
        Optional<TotpFactor> app = unconfirmedApp(username, appId);
        if (app.isEmpty()) {
            return AccountChange.NOT_FOUND;
        }
        User user = app.get().getUser();
        Optional<SignInAttempts.Attempt> attempt = attempts.begin(user.getId(), clientIp, settings.current(), now);
        if (attempt.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, username, clientIp, "new app on the Security page");
            return AccountChange.LOCKED;
        }
        if (!apps.verifyAndClaim(app.get(), code, now)) {
            audit.record(AuditEventType.SECOND_FACTOR_FAILED, username, clientIp, "new app on the Security page");
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

    /**
     * Removes one of the user's apps; its codes fail at once, and every remembered browser asks
     * for a code again. The last app of a user who signs in with one stays (an admin's reset
     * replaces it): without it, whoever knows the password could set up their own.
     */
    public AccountChange removeApp(String username, long appId, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = userAllowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        List<TotpFactor> confirmed = apps.confirmedFactorsOf(user.get());
        if (confirmed.stream().noneMatch(app -> app.getId() == appId)) {
            return AccountChange.NOT_FOUND;
        }
        if (confirmed.size() == 1 && signInMethod(user.get()) == TwoFactorMethod.TOTP) {
            return AccountChange.LAST_FACTOR;
        }
        if (!apps.remove(user.get(), appId)) {
            return AccountChange.NOT_FOUND;
        }
        int forgotten = browsers.forgetAll(user.get());
        boolean told = notices.appRemoved(user.get());
        audit.record(AuditEventType.FACTOR_REMOVED, username, clientIp, "authenticator app, by the user"
                + (forgotten > 0 ? ", " + forgotten + " remembered browser(s) forgotten" : "")
                + (told ? ", user notified by email" : ""));
        return AccountChange.DONE;
    }

    private Optional<TotpFactor> unconfirmedApp(String username, long appId) {
        return apps.find(appId).filter(app -> !app.isConfirmed() && app.getUser().getUsername().equals(username));
    }

    private TwoFactorMethod signInMethod(User user) {
        SystemSettings current = settings.current();
        return MethodChoice.effective(user.getPreferredMethod(), current.getDefaultMethod(),
                current.getAllowedMethods(), user.primaryEmail().isPresent(), user.primaryPhone().isPresent());
    }

    private void told(User user, String clientIp, String what) {
        boolean told = notices.devicesForgotten(user);
        audit.record(AuditEventType.DEVICES_FORGOTTEN, user.getUsername(), clientIp,
                what + (told ? ", user notified by email" : ""));
    }

    private Optional<User> userAllowedToChange(String username, Instant confirmedAt, Instant now) {
        return recentlyConfirmed(confirmedAt, now) ? users.find(username).filter(User::isEnabled) : Optional.empty();
    }

    private static AccountOverview.App line(TotpFactor app) {
        Instant lastUsed = app.getLastUsedStep() == Long.MIN_VALUE ? null
                : Instant.ofEpochSecond(app.getLastUsedStep() * app.parameters().periodSeconds());
        return new AccountOverview.App(app.getId(), app.getConfirmedAt() != null ? app.getConfirmedAt() : app.getCreatedAt(), lastUsed);
    }

    private static AccountOverview.Browser line(TrustedDevice device) {
        return new AccountOverview.Browser(device.getId(), device.getBrowser(), device.getLastAddress(),
                device.getCreatedAt(), device.getLastUsedAt(), device.getExpiresAt());
    }
}
