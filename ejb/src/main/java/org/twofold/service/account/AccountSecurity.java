package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.factor.TrustedDevice;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.factor.ContactFactor;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.settings.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.apikey.ApiKeyLine;
import org.twofold.service.apikey.ApiKeyService;
import org.twofold.service.apikey.NewApiKey;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.challenge.CodeChallengeService;
import org.twofold.service.challenge.CodeVerdict;
import org.twofold.service.challenge.DeliveryView;
import org.twofold.service.challenge.IssueResult;
import org.twofold.service.factor.ContactFactorService;
import org.twofold.service.factor.EnrolmentDetails;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.factor.TrustedDeviceService;
import org.twofold.service.factor.UserFactors;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.DeviceTrust;
import org.twofold.service.signin.PasswordCheck;
import org.twofold.service.signin.SecondStepPolicy;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.signin.SignInAttempts;
import org.twofold.service.user.PasswordVerdict;
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
    private PasswordCheck passwords;

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
    private ContactFactorService contacts;

    @Inject
    private UserFactors factors;

    @Inject
    private CodeChallengeService challenges;

    @Inject
    private SecondStepPolicy secondStep;

    @Inject
    private ApiKeyService apiKeys;

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
            TwoFactorMethod method = factors.signInMethod(user, current);
            String destination = method == TwoFactorMethod.TOTP ? null
                    : contacts.signInDestination(user, UserFactors.channelOf(method))
                            .map(where -> Destinations.mask(UserFactors.channelOf(method), where)).orElse(null);
            List<AccountOverview.App> appLines = apps.confirmedFactorsOf(user).stream().map(AccountSecurity::line).toList();
            List<AccountOverview.Contact> contactLines = contacts.confirmedOf(user).stream().map(AccountSecurity::line).toList();
            List<AccountOverview.Browser> browserLines = browsers.of(user, now).stream().map(AccountSecurity::line).toList();
            return new AccountOverview(secondStepOf(user, current), method, destination, appLines, contactLines,
                    browserLines, recoveryCodes.unusedCount(user), deviceTrust.offeredDays(user, current),
                    Set.copyOf(current.getAllowedMethods()), List.copyOf(user.getEmailAddresses()),
                    List.copyOf(user.getPhoneNumbers()));
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
        PasswordVerdict verdict = passwords.check(username, password, clientIp, now);
        if (verdict instanceof PasswordVerdict.Unavailable) {
            attempts.succeeded(attempt.get()); // not checked: the user is asked again
            return false;
        }
        if (verdict instanceof PasswordVerdict.Rejected) {
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
     * for a code again. The user's last factor stays (an admin's reset replaces it): without
     * it, whoever knows the password could set up their own.
     */
    public AccountChange removeApp(String username, long appId, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = recentlyConfirmed(confirmedAt, now) ? users.findLocked(username).filter(User::isEnabled)
                : Optional.empty();
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        List<TotpFactor> confirmed = apps.confirmedFactorsOf(user.get());
        if (confirmed.stream().noneMatch(app -> app.getId() == appId)) {
            return AccountChange.NOT_FOUND;
        }
        if (confirmed.size() + contacts.confirmedOf(user.get()).size() == 1 && keepsAFactor(user.get())) {
            return AccountChange.LAST_FACTOR;
        }
        if (!apps.remove(user.get(), appId)) {
            return AccountChange.NOT_FOUND;
        }
        if (confirmed.size() == 1) {
            moveDefaultOff(user.get(), TwoFactorMethod.TOTP);
        }
        int forgotten = browsers.forgetAll(user.get());
        boolean told = notices.appRemoved(user.get());
        audit.record(AuditEventType.FACTOR_REMOVED, username, clientIp, "authenticator app, by the user"
                + (forgotten > 0 ? ", " + forgotten + " remembered browser(s) forgotten" : "")
                + (told ? ", user notified by email" : ""));
        return AccountChange.DONE;
    }

    /**
     * Sends a code to one of the user's own addresses (email) or numbers (SMS) to make it a
     * second factor; typed back on {@link #confirmContact}, it replaces that channel's factor.
     */
    public AccountChange startAddingContact(String username, TwoFactorMethod method, String destination,
                                            Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = userAllowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        SystemSettings current = settings.current();
        DeliveryChannel channel = UserFactors.channelOf(method);
        if (method == TwoFactorMethod.TOTP || !current.getAllowedMethods().contains(method)
                || !ContactFactorService.isOwn(user.get(), channel, destination)) {
            return AccountChange.NOT_ALLOWED;
        }
        ContactFactor factor = contacts.start(user.get(), channel, destination, now);
        IssueResult sent = challenges.issueConfirmation(factor, current.getOtpIssuer(), clientIp, now, current);
        audit.record(AuditEventType.CODE_SENT_TO_CONFIRM, username, clientIp, Destinations.mask(channel, destination)
                + (sent == IssueResult.QUEUED ? "" : ", refused: rate limit"));
        return sent == IssueResult.QUEUED ? AccountChange.DONE : AccountChange.NOT_SENT;
    }

    /** Where the code for the address or number being added went, and whether it did. */
    public Optional<DeliveryView> contactBeingAdded(String username, TwoFactorMethod method) {
        return users.find(username).flatMap(user -> contacts.unconfirmed(user, UserFactors.channelOf(method))
                .flatMap(factor -> challenges.deliveryView(factor.getChallengeKey(), user, settings.current())));
    }

    /**
     * Confirms the address or number being added with the code sent there. Counted like a
     * sign-in code before it is checked, so this is no way to guess codes past the lockout.
     */
    public AccountChange confirmContact(String username, TwoFactorMethod method, String code, Instant confirmedAt,
                                        String clientIp, Instant now) {
        Optional<User> user = userAllowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        Optional<ContactFactor> factor = contacts.unconfirmed(user.get(), UserFactors.channelOf(method));
        if (factor.isEmpty()) {
            return AccountChange.NOT_FOUND;
        }
        SystemSettings current = settings.current();
        Optional<SignInAttempts.Attempt> attempt = attempts.begin(user.get().getId(), clientIp, current, now);
        if (attempt.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, username, clientIp, "new factor on the Security page");
            return AccountChange.LOCKED;
        }
        CodeVerdict verdict = challenges.verify(factor.get().getChallengeKey(), code, now, current);
        if (verdict != CodeVerdict.ACCEPTED) {
            if (verdict == CodeVerdict.NO_OPEN_CODE) {
                attempts.succeeded(attempt.get()); // nothing was guessed
                return AccountChange.NOT_FOUND;
            }
            audit.record(AuditEventType.SECOND_FACTOR_FAILED, username, clientIp, "new factor on the Security page");
            attempts.failed(attempt.get(), username, clientIp);
            return attempt.get().lockedTheAccount() ? AccountChange.LOCKED : AccountChange.WRONG_CODE;
        }
        attempts.succeeded(attempt.get());
        contacts.confirm(factor.get(), now);
        String masked = Destinations.mask(factor.get().getChannel(), factor.get().getDestination());
        boolean told = notices.contactAdded(user.get(), masked);
        audit.record(AuditEventType.FACTOR_ENROLLED, username, clientIp,
                masked + ", on the Security page" + (told ? ", user notified by email" : ""));
        return AccountChange.DONE;
    }

    /**
     * Removes the user's email or SMS factor: codes already sent there fail at once, and every
     * remembered browser asks for a code again. The user's last factor stays.
     */
    public AccountChange removeContact(String username, TwoFactorMethod method, Instant confirmedAt, String clientIp,
                                       Instant now) {
        Optional<User> user = recentlyConfirmed(confirmedAt, now) ? users.findLocked(username).filter(User::isEnabled)
                : Optional.empty();
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        Optional<ContactFactor> factor = method == TwoFactorMethod.TOTP ? Optional.empty()
                : contacts.confirmed(user.get(), UserFactors.channelOf(method));
        if (factor.isEmpty()) {
            return AccountChange.NOT_FOUND;
        }
        if (apps.confirmedFactorsOf(user.get()).size() + contacts.confirmedOf(user.get()).size() == 1
                && keepsAFactor(user.get())) {
            return AccountChange.LAST_FACTOR;
        }
        contacts.remove(user.get(), factor.get().getChannel());
        moveDefaultOff(user.get(), method);
        int forgotten = browsers.forgetAll(user.get());
        String masked = Destinations.mask(factor.get().getChannel(), factor.get().getDestination());
        boolean told = notices.contactRemoved(user.get(), masked);
        audit.record(AuditEventType.FACTOR_REMOVED, username, clientIp, masked + ", by the user"
                + (forgotten > 0 ? ", " + forgotten + " remembered browser(s) forgotten" : "")
                + (told ? ", user notified by email" : ""));
        return AccountChange.DONE;
    }

    /** Makes one of the user's confirmed factors the one a sign-in asks for first. */
    public AccountChange makeDefault(String username, TwoFactorMethod method, Instant confirmedAt, String clientIp,
                                     Instant now) {
        Optional<User> user = userAllowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        if (!settings.current().getAllowedMethods().contains(method) || !factors.has(user.get(), method)) {
            return AccountChange.NOT_ALLOWED;
        }
        user.get().setPreferredMethod(method);
        boolean told = notices.defaultChanged(user.get(), describe(method));
        audit.record(AuditEventType.DEFAULT_FACTOR_CHANGED, username, clientIp,
                describe(method) + (told ? ", user notified by email" : ""));
        return AccountChange.DONE;
    }

    /**
     * Switches the user's own second step on or off, where no role asks for one (EspoCRM's
     * per-user switch). On needs a confirmed factor, so the next sign-in has a code to ask for.
     */
    public AccountChange chooseSecondStep(String username, boolean on, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = userAllowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        SystemSettings current = settings.current();
        if (!current.isTwoFactorEnabled()) {
            return AccountChange.NOT_ALLOWED;
        }
        if (secondStep.requiredByRoles(user.get(), current)) {
            return AccountChange.REQUIRED;
        }
        if (on && apps.confirmedFactorsOf(user.get()).isEmpty() && contacts.confirmedOf(user.get()).isEmpty()) {
            return AccountChange.NO_FACTOR_YET;
        }
        if (user.get().isSecondStepChosen() != on) {
            user.get().setSecondStepChosen(on);
            boolean told = notices.ownSecondStep(user.get(), on);
            audit.record(AuditEventType.OWN_SECOND_STEP_CHANGED, username, clientIp,
                    (on ? "switched on" : "switched off") + (told ? ", user notified by email" : ""));
        }
        return AccountChange.DONE;
    }

    private AccountOverview.SecondStep secondStepOf(User user, SystemSettings current) {
        if (!current.isTwoFactorEnabled()) {
            return AccountOverview.SecondStep.OFF;
        }
        if (secondStep.requiredByRoles(user, current)) {
            return AccountOverview.SecondStep.REQUIRED;
        }
        return user.isSecondStepChosen() ? AccountOverview.SecondStep.CHOSEN : AccountOverview.SecondStep.NOT_ASKED;
    }

    /** Whether the user must keep a factor: their roles, or their own choice, ask for a second step. */
    private boolean keepsAFactor(User user) {
        return user.isSecondStepChosen() || secondStep.requiredByRoles(user, settings.current());
    }

    /** The user's API keys, newest first; never a secret. */
    public List<ApiKeyLine> apiKeys(String username) {
        return users.find(username).map(apiKeys::of).orElse(List.of());
    }

    /** A new API key, its secret returned to be shown once; empty when the password was not confirmed recently. */
    public Optional<NewApiKey> createApiKey(String username, String label, Instant confirmedAt, String clientIp, Instant now) {
        return userAllowedToChange(username, confirmedAt, now).map(user -> apiKeys.create(user, label, clientIp, now));
    }

    public AccountChange revokeApiKey(String username, String keyId, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = userAllowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        return apiKeys.revoke(user.get(), keyId, username, clientIp) ? AccountChange.DONE : AccountChange.NOT_FOUND;
    }

    /** After a removal the user no longer has: the default moves to a factor they still hold. */
    private void moveDefaultOff(User user, TwoFactorMethod removed) {
        SystemSettings current = settings.current();
        if (factors.signInMethod(user, current) != removed && user.getPreferredMethod() != removed) {
            return;
        }
        for (TwoFactorMethod method : TwoFactorMethod.values()) {
            if (method != removed && current.getAllowedMethods().contains(method) && factors.has(user, method)) {
                user.setPreferredMethod(method);
                return;
            }
        }
    }

    private static String describe(TwoFactorMethod method) {
        return switch (method) {
            case TOTP -> "authenticator app";
            case EMAIL -> "code by email";
            case SMS -> "code by SMS";
        };
    }

    private Optional<TotpFactor> unconfirmedApp(String username, long appId) {
        return apps.find(appId).filter(app -> !app.isConfirmed() && app.getUser().getUsername().equals(username));
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

    private static AccountOverview.Contact line(ContactFactor factor) {
        return new AccountOverview.Contact(factor.getChannel() == DeliveryChannel.SMS ? TwoFactorMethod.SMS : TwoFactorMethod.EMAIL,
                Destinations.mask(factor.getChannel(), factor.getDestination()), factor.getConfirmedAt(), factor.getLastUsedAt());
    }

    private static AccountOverview.Browser line(TrustedDevice device) {
        return new AccountOverview.Browser(device.getId(), device.getBrowser(), device.getLastAddress(),
                device.getCreatedAt(), device.getLastUsedAt(), device.getExpiresAt());
    }
}
