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
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.passkey.PasskeyAssertions;
import org.twofold.service.passkey.PasskeyChallenges;
import org.twofold.service.passkey.PasskeyVerifier;
import org.twofold.service.passkey.Passkeys;
import org.twofold.service.passkey.RelyingParties;
import org.twofold.service.passkey.RelyingParty;
import org.twofold.service.settings.SettingsService;

/**
 * Signing in with a passkey alone, on the login page, where the administrator allows it: a
 * discoverable passkey that verified the person (PIN, fingerprint) counts as the password and
 * the second step together. The passkey names its user; their lockout and the address's count
 * as at the password ({@link AttemptGuard}), and Administrators only where the setting says so.
 */
@Stateless
@CountedStep("passwordless_passkey")
public class PasswordlessStep {

    /** How the audit log names this sign-in. */
    public static final String HOW = "passkey alone";

    @Inject
    private PasskeyChallenges challenges;

    @Inject
    private PasskeyAssertions assertions;

    @Inject
    private RelyingParties relyingParties;

    @Inject
    private SettingsService settingsService;

    @Inject
    private AttemptGuard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private SignInCompletion completion;

    /**
     * @param answer    the browser's answer; blank when the person cancelled
     * @param challenge the challenge the session was handed with the options
     */
    public SignInStep check(String answer, String challenge, String clientIp, Instant now) {
        if (answer == null || answer.isBlank()) {
            return new SignInStep.Refused(SignInStep.Reason.PASSKEY_NOT_USED);
        }
        SystemSettings settings = settingsService.current();
        Optional<RelyingParty> rp = relyingParties.current(settings);
        if (!allowed(settings) || rp.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.PASSWORDLESS_NOT_ALLOWED);
        }
        if (!challenges.use(challenge, CeremonyPurpose.PASSWORDLESS, PasskeyChallenges.forAddress(clientIp), now)) {
            return new SignInStep.Refused(SignInStep.Reason.PASSKEY_REFUSED);
        }
        Optional<PasskeyAssertions.Claimed> claimed = assertions.claimed(answer)
                .filter(c -> c.assertion().userHandle().filter(h -> h.equals(Passkeys.userHandle(c.passkey().getUser()))).isPresent());
        if (claimed.isEmpty()) {
            // No passkey of anyone's here: as an unknown username, nothing to count it against.
            audit.record(AuditEventType.PASSWORD_FAILED, null, clientIp, "passkey sign-in: not a passkey registered here");
            return new SignInStep.Refused(SignInStep.Reason.PASSKEY_REFUSED);
        }
        User user = claimed.get().passkey().getUser();
        if (!user.isEnabled()) {
            return new SignInStep.Refused(SignInStep.Reason.INVALID_CREDENTIALS);
        }
        PasskeyVerifier.Expected expected = new PasskeyVerifier.Expected(rp.get(), challenge, true);
        return guard.guarded(user.getId(), user.getUsername(), clientIp, settings, now, "passkey sign-in", attempt -> {
            if (!assertions.verify(claimed.get(), expected, "passkey sign-in", clientIp, now)) {
                return AttemptGuard.Checked.wrong(new SignInStep.Refused(
                        attempt.lockedTheAccount() ? SignInStep.Reason.LOCKED : SignInStep.Reason.PASSKEY_REFUSED));
            }
            // Said only after the check, so that an answer tells no one whose passkey it names.
            if (user.isAdministrator() && !settings.getPasskeys().isPasswordlessAdministrators()) {
                audit.record(AuditEventType.PASSWORD_FAILED, user.getUsername(), clientIp,
                        "passkey sign-in refused: Administrators sign in with their password and a second step");
                return AttemptGuard.Checked.nothingChecked(new SignInStep.Refused(SignInStep.Reason.PASSWORDLESS_NOT_ALLOWED));
            }
            SignInMethods methods = SignInMethods.passkeyAlone(claimed.get().passkey().isBackupEligible());
            return AttemptGuard.Checked.signedIn(() -> completion.signedIn(user, HOW, methods, List.of(), null, settings, clientIp, now));
        });
    }

    /** Whether the administrator lets a passkey alone sign in. */
    static boolean allowed(SystemSettings settings) {
        return settings.getPasskeys().isPasswordlessSignIn()
                && settings.getAllowedMethods().contains(TwoFactorMethod.PASSKEY);
    }
}
