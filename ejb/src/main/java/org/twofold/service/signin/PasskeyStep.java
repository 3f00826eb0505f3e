package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.oidc.SignInMethods;
import org.twofold.domain.passkey.CeremonyPurpose;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.passkey.PasskeyAssertions;
import org.twofold.service.passkey.PasskeyChallenges;
import org.twofold.service.passkey.PasskeyVerifier;
import org.twofold.service.passkey.RelyingParties;
import org.twofold.service.passkey.RelyingParty;
import org.twofold.service.settings.SettingsService;

/**
 * Step two by a passkey or security key: the browser was handed a challenge for this pending
 * sign-in and the user's passkeys ({@link PasskeyPrompts}); the answer must come from one of
 * them, on Twofold's own address, for that challenge, once. Counted like a code; a cancelled
 * ceremony counts nothing.
 */
@Stateless
@CountedStep("passkey")
public class PasskeyStep {

    /** How the audit log names this second step. */
    public static final String HOW = "passkey";

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private AttemptGuard guard;

    @Inject
    private PasskeyAssertions assertions;

    @Inject
    private PasskeyChallenges challenges;

    @Inject
    private RelyingParties relyingParties;

    @Inject
    private SettingsService settingsService;

    @Inject
    private AuditLog audit;

    @Inject
    private SignInCompletion completion;

    /**
     * @param browserToRemember the browser's short name if the user ticked "remember this device", else null
     * @param answer    the browser's answer (PublicKeyCredential JSON); blank when the person cancelled
     * @param challenge the challenge the session was handed with the options
     */
    public SignInStep check(String pendingToken, String answer, String challenge, String browserToRemember,
                            String clientIp, Instant now) {
        Optional<PendingSignIn> found = pendingSignIns.live(pendingToken, now);
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        PendingSignIn pending = found.get();
        SignInStep.Due due = pendingSignIns.dueOf(pending, pendingToken);
        if (pending.getMethod() != TwoFactorMethod.PASSKEY) {
            return new SignInStep.TryAgain(SignInStep.Reason.NOT_OFFERED, due);
        }
        if (answer == null || answer.isBlank()) {
            return new SignInStep.TryAgain(SignInStep.Reason.PASSKEY_NOT_USED, due);
        }
        User user = pending.getUser();
        SystemSettings settings = settingsService.current();
        Optional<RelyingParty> rp = relyingParties.current(settings);
        if (rp.isEmpty()) {
            return new SignInStep.TryAgain(SignInStep.Reason.NOT_OFFERED, due);
        }
        return guard.guarded(user.getId(), user.getUsername(), clientIp, settings, now, "passkey step", attempt -> {
            if (!challenges.use(challenge, CeremonyPurpose.SECOND_STEP, PasskeyChallenges.forPendingSignIn(pending.getTokenDigest()), now)) {
                // Used already, expired, or another sign-in's: nothing is checked; the page asks again with a new one.
                audit.record(AuditEventType.SECOND_FACTOR_FAILED, user.getUsername(), clientIp,
                        "passkey step: the challenge was used, had expired or was another sign-in's");
                return AttemptGuard.Checked.nothingChecked(new SignInStep.TryAgain(SignInStep.Reason.PASSKEY_REFUSED, due));
            }
            PasskeyVerifier.Expected expected = new PasskeyVerifier.Expected(rp.get(), challenge,
                    settings.getPasskeys().verificationRequired());
            Optional<PasskeyAssertions.Claimed> claimed = assertions.claimed(answer)
                    .filter(c -> c.passkey().getUser().getId().equals(user.getId()));
            if (claimed.isEmpty()) {
                audit.record(AuditEventType.SECOND_FACTOR_FAILED, user.getUsername(), clientIp,
                        "passkey step: not one of the user's passkeys");
                return wrong(attempt, due);
            }
            if (!assertions.verify(claimed.get(), expected, "passkey step", clientIp, now)) {
                return wrong(attempt, due);
            }
            if (!pendingSignIns.consume(pending)) {
                return AttemptGuard.Checked.nothingChecked(new SignInStep.Refused(SignInStep.Reason.EXPIRED));
            }
            SignInMethods methods = SignInMethods.passwordAndPasskey(claimed.get().passkey().isBackupEligible());
            return AttemptGuard.Checked.signedIn(() -> completion.signedIn(user, HOW, methods, List.of(), browserToRemember,
                    settings, clientIp, now));
        });
    }

    private static AttemptGuard.Checked wrong(SignInAttempts.Attempt attempt, SignInStep.Due due) {
        return AttemptGuard.Checked.wrong(attempt.lockedTheAccount() ? new SignInStep.Refused(SignInStep.Reason.LOCKED)
                : new SignInStep.TryAgain(SignInStep.Reason.PASSKEY_REFUSED, due));
    }
}
