package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.oidc.SignInMethods;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.passkey.PasskeyChallenges;
import org.twofold.service.passkey.PasskeyOptions;
import org.twofold.service.passkey.PasskeyRegistration;
import org.twofold.service.settings.SettingsService;

/**
 * A first factor that is a passkey, where the administrator allows passkeys: a person setting up
 * their first factor on screen after the password makes a passkey instead of scanning the QR
 * code. Like a first app's code, the new passkey completes the sign-in; it becomes the default,
 * the app being set up is dropped, and the person gets recovery codes and an email.
 */
@Stateless
@CountedStep("first_passkey")
public class FirstPasskeyStep {

    private static final String HOW = "first passkey";

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private PasskeyRegistration registration;

    @Inject
    private TotpFactorService apps;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    @Inject
    private SettingsService settingsService;

    @Inject
    private SignInCompletion completion;

    /** Whether the enrolment page offers a passkey instead of an app. */
    public boolean offered() {
        return registration.offered();
    }

    /** The browser's options for the pending sign-in's first passkey; empty when it sets up no first factor on screen. */
    public Optional<PasskeyOptions.Issued> options(String pendingToken, Instant now) {
        return enrolling(pendingToken, now).flatMap(pending -> registration.options(pending.getUser(),
                PasskeyChallenges.forPendingSignIn(pending.getTokenDigest()), now));
    }

    /**
     * @param answer    the browser's answer; blank when the person cancelled
     * @param challenge the challenge the session was handed with the options
     * @param name      what the passkey is called until the person renames it (the browser's name)
     */
    public SignInStep check(String pendingToken, String answer, String challenge, String name, String clientIp, Instant now) {
        Optional<PendingSignIn> found = enrolling(pendingToken, now);
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        PendingSignIn pending = found.get();
        User user = pending.getUser();
        SignInStep.Due due = pendingSignIns.dueOf(pending, pendingToken);
        PasskeyRegistration.Added added = registration.add(user, name, answer, challenge,
                PasskeyChallenges.forPendingSignIn(pending.getTokenDigest()), clientIp, now);
        if (added.outcome() != PasskeyRegistration.Outcome.ADDED) {
            return new SignInStep.TryAgain(answer == null || answer.isBlank() ? SignInStep.Reason.PASSKEY_NOT_USED
                    : SignInStep.Reason.PASSKEY_REFUSED, due);
        }
        Long appBeingSetUp = pending.getEnrolmentFactorId();
        if (!pendingSignIns.consume(pending)) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        apps.remove(user, appBeingSetUp);
        user.setPreferredMethod(TwoFactorMethod.PASSKEY);
        boolean told = notices.passkeyAdded(user, name);
        audit.record(AuditEventType.FACTOR_ENROLLED, user.getUsername(), clientIp, "first factor: passkey \"" + name + "\""
                + (added.synced() ? " (synced)" : " (device-bound)") + (told ? ", user notified by email" : ""));
        List<String> codes = recoveryCodes.firstSetIfNone(user, now);
        if (!codes.isEmpty()) {
            audit.record(AuditEventType.RECOVERY_CODES_CREATED, user.getUsername(), clientIp, "with the first passkey");
        }
        return completion.signedIn(user, HOW, SignInMethods.passwordAndPasskey(added.synced()), codes, null,
                settingsService.current(), clientIp, now);
    }

    /** The pending sign-in of this token, if it is setting up a first factor on screen. */
    private Optional<PendingSignIn> enrolling(String pendingToken, Instant now) {
        return pendingSignIns.live(pendingToken, now)
                .filter(pending -> !pending.isEnrolByLink() && pendingSignIns.enrolmentFactor(pending).isPresent());
    }
}
