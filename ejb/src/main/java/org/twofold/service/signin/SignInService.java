package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.otp.OtpCodes;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.settings.TwoFactorMethod;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.challenge.CodeChallengeService;
import org.twofold.service.challenge.CodeVerdict;
import org.twofold.service.challenge.IssueResult;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.factor.ContactFactorService;
import org.twofold.service.factor.EnrolmentDetails;
import org.twofold.service.factor.EnrolmentLinkService;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.factor.UserFactors;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.user.PasswordVerdict;
import org.twofold.service.user.UserDirectory;

/**
 * The two steps of signing in. All state between them is a {@link PendingSignIn} row keyed
 * by the digest of a random token the browser's session holds, so any node can serve the
 * second step and a restart loses nothing. Time is a parameter so tests can move it.
 */
@Stateless
public class SignInService {

    /** How the audit log tells a sign-in that break-glass let through on the password alone. */
    public static final String BREAK_GLASS_BYPASS = "second factor bypassed by break-glass";

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    @Inject
    private PasswordCheck passwords;

    @Inject
    private SettingsService settingsService;

    @Inject
    private TotpFactorService totpFactors;

    @Inject
    private Lockout lockout;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private FactorNotices factorNotices;

    @Inject
    private AuditLog audit;

    @Inject
    private CodeChallengeService challenges;

    @Inject
    private EnrolmentLinkService enrolmentLinks;

    @Inject
    private DeploymentConfig deployment;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private EnrolmentDeferral deferral;

    @Inject
    private DeviceTrust deviceTrust;

    @Inject
    private UserFactors factors;

    @Inject
    private SecondStepPolicy secondStep;

    @Inject
    private ContactFactorService contacts;

    /**
     * Step one: the password. The attempt is counted for the client address and the account
     * before the password is hashed (see {@link SignInAttempts}), so a locked account or
     * address costs no hash and is refused alike whatever password was typed. The username is
     * audited as typed (truncated).
     */
    public SignInStep passwordStep(String username, String password, String clientIp, Instant now) {
        return passwordStep(username, password, null, clientIp, now);
    }

    /**
     * The password, from a browser that may hold the token of a remembered device: for a user
     * who may skip the code step that way, a right password then signs in.
     */
    public SignInStep passwordStep(String username, String password, String deviceToken, String clientIp, Instant now) {
        SystemSettings settings = settingsService.current();
        Long userId = passwords.accountId(username);
        Optional<SignInAttempts.Attempt> attempt = attempts.begin(userId, clientIp, settings, now);
        if (attempt.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, truncate(username), clientIp, "password step");
            return new SignInStep.Refused(SignInStep.Reason.LOCKED);
        }
        PasswordVerdict verdict = passwords.check(username, password, clientIp, now);
        if (verdict instanceof PasswordVerdict.Unavailable) {
            attempts.succeeded(attempt.get()); // nothing was checked, so nothing was guessed
            return new SignInStep.Refused(SignInStep.Reason.UNAVAILABLE);
        }
        if (verdict instanceof PasswordVerdict.Rejected rejected) {
            audit.record(AuditEventType.PASSWORD_FAILED, truncate(username), clientIp, rejected.auditDetail());
            attempts.failed(attempt.get(), truncate(username), clientIp);
            return new SignInStep.Refused(SignInStep.Reason.INVALID_CREDENTIALS);
        }
        User user = ((PasswordVerdict.Accepted) verdict).user();
        attempts.succeeded(attempt.get());
        return afterPassword(user.getUsername(), deviceToken, clientIp, now);
    }

    public SignInStep afterPassword(String username, String clientIp, Instant now) {
        return afterPassword(username, null, clientIp, now);
    }

    /**
     * What follows a right password: refuses locked accounts, then (unless break-glass is on)
     * the policy decides whether a second step is due and, if so, records it.
     */
    public SignInStep afterPassword(String username, String deviceToken, String clientIp, Instant now) {
        Optional<User> found = users.find(username).filter(User::isEnabled);
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.INVALID_CREDENTIALS);
        }
        User user = found.get();
        if (lockout.isLocked(user, now)) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, user.getUsername(), clientIp, "password step");
            return new SignInStep.Refused(SignInStep.Reason.LOCKED);
        }
        if (deployment.breakGlass()) {
            audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), clientIp, BREAK_GLASS_BYPASS);
            return new SignInStep.SignedIn(SignedInUser.of(user), false);
        }
        SystemSettings settings = settingsService.current();
        if (!secondStep.requires(user, settings, clientIp)) {
            audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), clientIp, "password only, by policy");
            return new SignInStep.SignedIn(SignedInUser.of(user), false);
        }
        if (deviceTrust.skipsCodeStep(user, deviceToken, settings, clientIp, now)) {
            audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), clientIp, "remembered browser");
            return new SignInStep.SignedIn(SignedInUser.of(user), true);
        }

        String token = Tokens.newToken();
        PendingSignIn pending = new PendingSignIn(Tokens.digest(token), user, now,
                now.plus(Duration.ofMinutes(settings.getPendingSignInMinutes())), clientIp);
        TwoFactorMethod method = factors.signInMethod(user, settings);
        pending.setMethod(method);
        boolean enrolling = method == TwoFactorMethod.TOTP && totpFactors.confirmedFactorOf(user).isEmpty();
        TotpFactor newFactor = null;
        if (enrolling) {
            deferral.startClock(user, settings, now);
            newFactor = totpFactors.startEnrolment(user, settings.totpParameters(), now);
            pending.setEnrolmentFactorId(newFactor.getId());
            pending.setEnrolByLink(settings.getEnrolmentMode().byLink(deployment.smtpConfigured(), user.primaryEmail().isPresent()));
        }
        removeExpiredSignIns(user, now);
        em.persist(pending);
        if (method != TwoFactorMethod.TOTP) {
            sendCode(pending, method, clientIp, now, settings);
        } else if (pending.isEnrolByLink()) {
            pending.setEnrolmentMessageId(enrolmentLinks.send(user, newFactor, now, settings));
        }
        audit.record(AuditEventType.PASSWORD_ACCEPTED, user.getUsername(), clientIp,
                !enrolling ? "code due by " + method.name().toLowerCase()
                        : pending.isEnrolByLink() ? "authenticator app enrolment link emailed"
                        : "authenticator app enrolment on screen");
        return dueOf(pending, token);
    }

    /** A new code by email or SMS for this pending sign-in; the previous one stops working. */
    public Optional<IssueResult> resendCode(String pendingToken, String clientIp, Instant now) {
        Optional<PendingSignIn> pending = pendingSignIns.live(pendingToken, now).filter(p -> p.getMethod() != TwoFactorMethod.TOTP);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        SystemSettings settings = settingsService.current();
        IssueResult result = sendCode(pending.get(), pending.get().getMethod(), clientIp, now, settings);
        audit.record(AuditEventType.CODE_RESENT, pending.get().getUser().getUsername(), clientIp,
                result == IssueResult.QUEUED ? null : "refused: rate limit");
        return Optional.of(result);
    }

    /**
     * "Try another way": the sign-in waits for a code by another of the user's methods from
     * now on; for email or SMS one is sent (within the usual send limits). A sign-in still
     * setting up its first app has no other way.
     */
    public MethodSwitch switchMethod(String pendingToken, TwoFactorMethod method, String clientIp, Instant now) {
        Optional<PendingSignIn> found = pendingSignIns.live(pendingToken, now);
        if (found.isEmpty()) {
            return MethodSwitch.EXPIRED;
        }
        PendingSignIn pending = found.get();
        SystemSettings settings = settingsService.current();
        if (!otherMethods(pending, settings).contains(method)) {
            return MethodSwitch.NOT_OFFERED;
        }
        pending.setMethod(method);
        IssueResult sent = method == TwoFactorMethod.TOTP ? IssueResult.QUEUED
                : sendCode(pending, method, clientIp, now, settings);
        audit.record(AuditEventType.SECOND_STEP_SWITCHED, pending.getUser().getUsername(), clientIp,
                "to " + describe(method) + (sent == IssueResult.QUEUED ? "" : ", refused: rate limit"));
        return sent == IssueResult.QUEUED ? MethodSwitch.SWITCHED : MethodSwitch.SWITCHED_NOT_SENT;
    }

    private List<TwoFactorMethod> otherMethods(PendingSignIn pending, SystemSettings settings) {
        if (pendingSignIns.enrolmentFactor(pending).isPresent()) {
            return List.of();
        }
        return factors.alternatives(pending.getUser(), pending.getMethod(), settings);
    }

    /** The code to the channel's confirmed factor, else to the first address or number, which it then confirms. */
    private IssueResult sendCode(PendingSignIn pending, TwoFactorMethod method, String clientIp, Instant now,
                                 SystemSettings settings) {
        DeliveryChannel channel = UserFactors.channelOf(method);
        return contacts.signInDestination(pending.getUser(), channel)
                .map(destination -> challenges.issue(pending, channel, destination, settings.getOtpIssuer(), clientIp, now, settings))
                .orElse(IssueResult.RATE_LIMITED);
    }

    /** What the code page shows: the method, and for sent codes where they went and whether they did. */
    public Optional<CodeStepView> codeStepView(String pendingToken, Instant now) {
        SystemSettings settings = settingsService.current();
        return pendingSignIns.live(pendingToken, now).map(p -> {
            int rememberDays = deviceTrust.offeredDays(p.getUser(), settings);
            if (p.isEnrolByLink() && pendingSignIns.enrolmentFactor(p).isPresent()) {
                return new CodeStepView(p.getMethod(), true,
                        challenges.emailDeliveryView(p.getEnrolmentMessageId(), p.getUser(), settings.getQrLinkLifetimeMinutes()),
                        rememberDays, List.of());
            }
            return new CodeStepView(p.getMethod(), false, p.getMethod() == TwoFactorMethod.TOTP ? null
                    : challenges.deliveryView(p, settings).orElse(null), rememberDays, otherMethods(p, settings));
        });
    }

    /** What the enrolment page shows for this pending sign-in, if it is enrolling. */
    public Optional<EnrolmentDetails> enrolmentDetails(String pendingToken, Instant now) {
        return pendingSignIns.live(pendingToken, now)
                .filter(p -> !p.isEnrolByLink())
                .flatMap(pendingSignIns::enrolmentFactor)
                .map(f -> totpFactors.enrolmentDetails(f, settingsService.current().getOtpIssuer()));
    }

    /** The second step this pending sign-in waits for; empty when it is over or timed out. */
    public Optional<SignInStep.Due> dueStep(String pendingToken, Instant now) {
        return pendingSignIns.live(pendingToken, now).map(p -> dueOf(p, pendingToken));
    }

    private SignInStep.Due dueOf(PendingSignIn pending, String token) {
        if (pendingSignIns.enrolmentFactor(pending).isEmpty()) {
            return new SignInStep.CodeDue(token, pending.getMethod());
        }
        return pending.isEnrolByLink() ? new SignInStep.LinkSent(token) : new SignInStep.EnrolmentDue(token);
    }

    /**
     * Step two: a code from the authenticator app, which also confirms a new enrolment, or an
     * emailed or texted one. Like the password, the attempt is counted before the code is
     * checked, so parallel guesses cannot run past the lockout threshold. Anything typed that
     * is not a code (empty, letters, a thousand digits) is a wrong code.
     */
    public SignInStep checkCode(String pendingToken, String code, String clientIp, Instant now) {
        return checkCode(pendingToken, code, null, clientIp, now);
    }

    /**
     * The code, from a user who may have ticked "remember this device".
     *
     * @param browserToRemember the browser's short name if the user ticked it, else null
     */
    public SignInStep checkCode(String pendingToken, String code, String browserToRemember, String clientIp, Instant now) {
        Optional<PendingSignIn> found = pendingSignIns.live(pendingToken, now);
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        PendingSignIn pending = found.get();
        User user = pending.getUser();
        SystemSettings settings = settingsService.current();
        Optional<SignInAttempts.Attempt> attempt = attempts.begin(user.getId(), clientIp, settings, now);
        if (attempt.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, user.getUsername(), clientIp, "code step");
            return new SignInStep.Refused(SignInStep.Reason.LOCKED);
        }
        CodeVerdict verdict = pending.getMethod() == TwoFactorMethod.TOTP
                ? checkAppCode(pending, user, code, now)
                : challenges.verify(pending, code, now, settings);
        if (verdict == CodeVerdict.NO_OPEN_CODE) {
            attempts.succeeded(attempt.get()); // nothing was guessed
            if (pending.getMethod() == TwoFactorMethod.TOTP) {
                // The factor was removed meanwhile (e.g. reset by an admin): start again.
                em.remove(pending);
                return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
            }
            return new SignInStep.TryAgain(SignInStep.Reason.SENT_CODE_USED_UP, dueOf(pending, pendingToken));
        }
        if (verdict == CodeVerdict.WRONG) {
            audit.record(AuditEventType.SECOND_FACTOR_FAILED, user.getUsername(), clientIp, describe(pending.getMethod()));
            attempts.failed(attempt.get(), user.getUsername(), clientIp);
            if (attempt.get().lockedTheAccount()) {
                return new SignInStep.Refused(SignInStep.Reason.LOCKED);
            }
            return new SignInStep.TryAgain(OtpCodes.looksLikeACode(code) ? SignInStep.Reason.WRONG_CODE
                    : SignInStep.Reason.MALFORMED_CODE, dueOf(pending, pendingToken));
        }
        // Single use of the pending sign-in: of two racing requests only one gets it.
        if (!pendingSignIns.consume(pending)) {
            attempts.succeeded(attempt.get());
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        Optional<TotpFactor> enrolled = pendingSignIns.enrolmentFactor(pending);
        List<String> newRecoveryCodes = List.of();
        if (enrolled.isPresent()) {
            totpFactors.confirm(enrolled.get(), now);
            boolean told = factorNotices.appSetUp(user);
            audit.record(AuditEventType.FACTOR_ENROLLED, user.getUsername(), clientIp,
                    "authenticator app" + (told ? ", user notified by email" : ""));
            if (recoveryCodes.unusedCount(user) == 0) {
                newRecoveryCodes = recoveryCodes.replaceSet(user, now);
                audit.record(AuditEventType.RECOVERY_CODES_CREATED, user.getUsername(), clientIp, "with the first app");
            }
        }
        if (pending.getMethod() != TwoFactorMethod.TOTP) {
            confirmContact(pending, user, clientIp, now);
        }
        attempts.signedIn(attempt.get());
        audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), clientIp, describe(pending.getMethod()));
        SignInStep.RememberedBrowser remembered = deviceTrust.rememberIfAsked(user, browserToRemember, settings, clientIp, now)
                .orElse(null);
        return new SignInStep.SignedIn(SignedInUser.of(user), true, newRecoveryCodes, remembered);
    }

    /**
     * Instead of the code: one of the user's recovery codes, for a lost second factor. Counted
     * like a code before it is checked, wrong ones towards the same lockout; a right one is
     * used up (one conditional update) and the user is emailed. Two requests racing with one
     * pending sign-in may use up a code between them and sign in once.
     */
    public SignInStep checkRecoveryCode(String pendingToken, String typed, String clientIp, Instant now) {
        Optional<PendingSignIn> found = pendingSignIns.live(pendingToken, now);
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        PendingSignIn pending = found.get();
        User user = pending.getUser();
        Optional<SignInAttempts.Attempt> attempt = attempts.begin(user.getId(), clientIp, settingsService.current(), now);
        if (attempt.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, user.getUsername(), clientIp, "recovery code");
            return new SignInStep.Refused(SignInStep.Reason.LOCKED);
        }
        if (!recoveryCodes.use(user, typed, now)) {
            audit.record(AuditEventType.SECOND_FACTOR_FAILED, user.getUsername(), clientIp, "recovery code");
            attempts.failed(attempt.get(), user.getUsername(), clientIp);
            return attempt.get().lockedTheAccount() ? new SignInStep.Refused(SignInStep.Reason.LOCKED)
                    : new SignInStep.TryAgain(SignInStep.Reason.WRONG_RECOVERY_CODE, dueOf(pending, pendingToken));
        }
        if (!pendingSignIns.consume(pending)) {
            attempts.succeeded(attempt.get());
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        attempts.signedIn(attempt.get());
        long left = recoveryCodes.unusedCount(user);
        boolean told = factorNotices.recoveryCodeUsed(user, left);
        audit.record(AuditEventType.RECOVERY_CODE_USED, user.getUsername(), clientIp,
                left + " left" + (told ? ", user notified by email" : ""));
        audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), clientIp, "recovery code");
        return new SignInStep.SignedIn(SignedInUser.of(user), true);
    }

    public void recordSignOut(String username, String clientIp) {
        audit.record(AuditEventType.SIGNED_OUT, username, clientIp, null);
    }

    /** An authenticator-app code: against the factor being enrolled, else against each of the user's apps. */
    private CodeVerdict checkAppCode(PendingSignIn pending, User user, String code, Instant now) {
        Optional<TotpFactor> enrolling = pendingSignIns.enrolmentFactor(pending);
        List<TotpFactor> candidates = enrolling.map(List::of).orElseGet(() -> totpFactors.confirmedFactorsOf(user));
        if (candidates.isEmpty()) {
            return CodeVerdict.NO_OPEN_CODE;
        }
        boolean accepted = candidates.stream().anyMatch(app -> totpFactors.verifyAndClaim(app, code, now));
        return accepted ? CodeVerdict.ACCEPTED : CodeVerdict.WRONG;
    }

    /**
     * A right code sent to an address or number not confirmed yet (an admin typed it) confirms it
     * as the user's factor. Audited; no notice, as the user just read the code there.
     */
    private void confirmContact(PendingSignIn pending, User user, String clientIp, Instant now) {
        DeliveryChannel channel = UserFactors.channelOf(pending.getMethod());
        Optional<String> destination = challenges.destinationOf(pending).or(() -> contacts.signInDestination(user, channel));
        if (destination.isPresent() && contacts.confirmedBySignIn(user, channel, destination.get(), now)) {
            audit.record(AuditEventType.FACTOR_ENROLLED, user.getUsername(), clientIp,
                    Destinations.mask(channel, destination.get()) + ", confirmed by its sign-in code");
        }
    }

    private static String describe(TwoFactorMethod method) {
        return switch (method) {
            case TOTP -> "authenticator app";
            case EMAIL -> "emailed code";
            case SMS -> "SMS code";
        };
    }

    private void removeExpiredSignIns(User user, Instant now) {
        em.createQuery("SELECT p FROM PendingSignIn p WHERE p.user.id = :userId", PendingSignIn.class)
                .setParameter("userId", user.getId())
                .getResultStream()
                .filter(p -> p.isExpiredAt(now))
                .forEach(em::remove);
    }

    private static String truncate(String username) {
        if (username == null) {
            return null;
        }
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}
