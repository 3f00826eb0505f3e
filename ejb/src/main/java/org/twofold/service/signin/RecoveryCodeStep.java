package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.user.SignedInUser;

/**
 * Instead of the code: one of the user's recovery codes, for a lost second factor. Counted like
 * a code, wrong ones towards the same lockout; a right one is used up (one conditional update)
 * and the user is emailed. Two requests racing with one pending sign-in may use up a code
 * between them and sign in once.
 */
@Stateless
@CountedStep("recovery_code")
public class RecoveryCodeStep {

    private static final String HOW = "recovery code";

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private AttemptGuard guard;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private SettingsService settingsService;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    public SignInStep check(String pendingToken, String typed, String clientIp, Instant now) {
        Optional<PendingSignIn> found = pendingSignIns.live(pendingToken, now);
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        PendingSignIn pending = found.get();
        User user = pending.getUser();
        return guard.guarded(user.getId(), user.getUsername(), clientIp, settingsService.current(), now, HOW, attempt -> {
            if (!recoveryCodes.use(user, typed, now)) {
                audit.record(AuditEventType.SECOND_FACTOR_FAILED, user.getUsername(), clientIp, HOW);
                return AttemptGuard.Checked.wrong(attempt.lockedTheAccount()
                        ? new SignInStep.Refused(SignInStep.Reason.LOCKED)
                        : new SignInStep.TryAgain(SignInStep.Reason.WRONG_RECOVERY_CODE, pendingSignIns.dueOf(pending, pendingToken)));
            }
            if (!pendingSignIns.consume(pending)) {
                return AttemptGuard.Checked.nothingChecked(new SignInStep.Refused(SignInStep.Reason.EXPIRED));
            }
            return AttemptGuard.Checked.signedIn(() -> {
                long left = recoveryCodes.unusedCount(user);
                boolean told = notices.recoveryCodeUsed(user, left);
                audit.record(AuditEventType.RECOVERY_CODE_USED, user.getUsername(), clientIp,
                        left + " left" + (told ? ", user notified by email" : ""));
                audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), clientIp, HOW);
                return new SignInStep.SignedIn(SignedInUser.of(user), true);
            });
        });
    }
}
