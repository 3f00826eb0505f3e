package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.challenge.IssueResult;
import org.twofold.service.factor.UserFactors;
import org.twofold.service.settings.SettingsService;

/**
 * On the code page: "Send a new code" (the one sent before stops working), and "Try another
 * way" (the sign-in waits for a code by another of the user's methods from now on; for email
 * or SMS one is sent), both within the usual send limits. A sign-in still setting up its first
 * app, or one an application asked a passkey of, has no other way.
 */
@Stateless
public class AnotherWayStep {

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private SettingsService settingsService;

    @Inject
    private UserFactors factors;

    @Inject
    private CodeSender codes;

    @Inject
    private AuditLog audit;

    public SignInStep resend(String pendingToken, String clientIp, Instant now) {
        Optional<PendingSignIn> found = pendingSignIns.live(pendingToken, now).filter(p -> p.getMethod().isSent());
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        PendingSignIn pending = found.get();
        IssueResult sent = codes.send(pending, pending.getMethod(), clientIp, now, settingsService.current());
        audit.record(AuditEventType.CODE_RESENT, pending.getUser().getUsername(), clientIp,
                sent == IssueResult.QUEUED ? null : "refused: rate limit");
        SignInStep.Due due = pendingSignIns.dueOf(pending, pendingToken);
        return sent == IssueResult.QUEUED ? new SignInStep.CodeResent(due)
                : new SignInStep.TryAgain(SignInStep.Reason.SEND_LIMIT, due);
    }

    public SignInStep switchTo(String pendingToken, TwoFactorMethod method, String clientIp, Instant now) {
        Optional<PendingSignIn> found = pendingSignIns.live(pendingToken, now);
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        PendingSignIn pending = found.get();
        SystemSettings settings = settingsService.current();
        if (!otherMethods(pending, settings).contains(method)) {
            return new SignInStep.TryAgain(SignInStep.Reason.NOT_OFFERED, pendingSignIns.dueOf(pending, pendingToken));
        }
        pending.setMethod(method);
        IssueResult sent = !method.isSent() ? IssueResult.QUEUED
                : codes.send(pending, method, clientIp, now, settings);
        audit.record(AuditEventType.SECOND_STEP_SWITCHED, pending.getUser().getUsername(), clientIp,
                "to " + SecondStepNames.of(method) + (sent == IssueResult.QUEUED ? "" : ", refused: rate limit"));
        SignInStep.Due due = pendingSignIns.dueOf(pending, pendingToken);
        return sent == IssueResult.QUEUED ? new SignInStep.MethodSwitched(due)
                : new SignInStep.TryAgain(SignInStep.Reason.SEND_LIMIT, due);
    }

    /** The ways this sign-in may switch to: the user's other methods the settings allow. */
    public List<TwoFactorMethod> otherMethods(PendingSignIn pending, SystemSettings settings) {
        if (pendingSignIns.enrolmentFactor(pending).isPresent() || pending.isPasskeyRequired()) {
            return List.of(); // setting up a first app, or an application asked for the passkey
        }
        return factors.alternatives(pending.getUser(), pending.getMethod(), settings);
    }
}
