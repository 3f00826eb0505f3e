package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.challenge.CodeChallengeService;
import org.twofold.service.challenge.CodeVerdict;
import org.twofold.service.factor.ContactFactorService;
import org.twofold.service.factor.UserFactors;
import org.twofold.service.settings.SettingsService;

/**
 * An emailed or texted code: valid once, for its lifetime and its wrong tries, bound to this
 * sign-in. A right code sent to an address or number not confirmed yet (an administrator typed
 * it) confirms it as the user's factor.
 */
@Stateless
@CountedStep("sent_code")
public class SentCodeStep {

    @Inject
    private AttemptGuard guard;

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private CodeChallengeService challenges;

    @Inject
    private ContactFactorService contacts;

    @Inject
    private SettingsService settingsService;

    @Inject
    private AuditLog audit;

    @Inject
    private SignInCompletion completion;

    public SignInStep check(PendingSignIn pending, String pendingToken, String code, String browserToRemember,
                            String clientIp, Instant now) {
        User user = pending.getUser();
        SystemSettings settings = settingsService.current();
        String how = SecondStepNames.of(pending.getMethod());
        return guard.guarded(user.getId(), user.getUsername(), clientIp, settings, now, "code step", attempt -> {
            CodeVerdict verdict = challenges.verify(pending, code, now, settings);
            if (verdict == CodeVerdict.NO_OPEN_CODE) {
                return AttemptGuard.Checked.nothingChecked(new SignInStep.TryAgain(SignInStep.Reason.SENT_CODE_USED_UP,
                        pendingSignIns.dueOf(pending, pendingToken)));
            }
            if (verdict == CodeVerdict.WRONG || verdict == CodeVerdict.WRONG_LAST_TRY) {
                audit.record(AuditEventType.SECOND_FACTOR_FAILED, user.getUsername(), clientIp, how);
                SignInStep.Due due = pendingSignIns.dueOf(pending, pendingToken);
                return verdict == CodeVerdict.WRONG || attempt.lockedTheAccount()
                        ? AttemptGuard.Checked.wrongCode(attempt, code, due)
                        : AttemptGuard.Checked.wrong(new SignInStep.TryAgain(SignInStep.Reason.LAST_TRY_WRONG, due));
            }
            if (!pendingSignIns.consume(pending)) {
                return AttemptGuard.Checked.nothingChecked(new SignInStep.Refused(SignInStep.Reason.EXPIRED));
            }
            return AttemptGuard.Checked.signedIn(() -> {
                confirmDestination(pending, user, clientIp, now);
                return completion.signedIn(user, how, List.of(), browserToRemember, settings, clientIp, now);
            });
        });
    }

    /** Audited; no notice, as the user just read the code there. */
    private void confirmDestination(PendingSignIn pending, User user, String clientIp, Instant now) {
        DeliveryChannel channel = UserFactors.channelOf(pending.getMethod());
        Optional<String> destination = challenges.destinationOf(pending).or(() -> contacts.signInDestination(user, channel));
        if (destination.isPresent() && contacts.confirmedBySignIn(user, channel, destination.get(), now)) {
            audit.record(AuditEventType.FACTOR_ENROLLED, user.getUsername(), clientIp,
                    Destinations.mask(channel, destination.get()) + ", confirmed by its sign-in code");
        }
    }
}
