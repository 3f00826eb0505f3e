package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.factor.EnrolmentLinkService;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.factor.UserFactors;

/**
 * Records a pending sign-in (keyed by the digest of a random token only the session holds) and
 * starts its second step: sends the code for email or SMS, or starts setting up a first
 * authenticator app, on screen or by an emailed link.
 */
@Stateless
public class PendingSignInStart {

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private UserFactors factors;

    @Inject
    private TotpFactorService totpFactors;

    @Inject
    private EnrolmentDeferral deferral;

    @Inject
    private EnrolmentLinkService enrolmentLinks;

    @Inject
    private CodeSender codes;

    @Inject
    private AuditLog audit;

    @Inject
    private DeploymentConfig deployment;

    public SignInStep.Due start(User user, SystemSettings settings, String clientIp, Instant now) {
        return start(user, false, settings, clientIp, now);
    }

    /** For an application that asks for a passkey: the second step is the user's passkey, and nothing else. */
    public SignInStep.Due startWithPasskey(User user, SystemSettings settings, String clientIp, Instant now) {
        return start(user, true, settings, clientIp, now);
    }

    private SignInStep.Due start(User user, boolean passkeyRequired, SystemSettings settings, String clientIp, Instant now) {
        String token = Tokens.newToken();
        PendingSignIn pending = new PendingSignIn(Tokens.digest(token), user, now,
                now.plus(Duration.ofMinutes(settings.getSessions().getPendingSignInMinutes())), clientIp);
        if (passkeyRequired) {
            pending.requirePasskey();
        } else {
            pending.setMethod(factors.signInMethod(user, settings));
        }
        TwoFactorMethod method = pending.getMethod();
        boolean enrolling = method == TwoFactorMethod.TOTP && totpFactors.confirmedFactorOf(user).isEmpty();
        TotpFactor newFactor = null;
        if (enrolling) {
            deferral.startClock(user, settings, now);
            newFactor = totpFactors.startEnrolment(user, settings.getAppCodes().parameters(), now);
            pending.setEnrolmentFactorId(newFactor.getId());
            pending.setEnrolByLink(settings.getEnrolment().getEnrolmentMode().byLink(deployment.smtpConfigured(), user.primaryEmail().isPresent()));
        }
        pendingSignIns.replaceExpired(pending, now);
        if (method.isSent()) {
            codes.send(pending, method, clientIp, now, settings);
        } else if (pending.isEnrolByLink()) {
            pending.setEnrolmentMessageId(enrolmentLinks.send(user, newFactor, now, settings));
        }
        audit.record(AuditEventType.PASSWORD_ACCEPTED, user.getUsername(), clientIp,
                method == TwoFactorMethod.PASSKEY ? "passkey due"
                        : !enrolling ? "code due by " + method.name().toLowerCase()
                        : pending.isEnrolByLink() ? "authenticator app enrolment link emailed"
                        : "authenticator app enrolment on screen");
        return pendingSignIns.dueOf(pending, token);
    }
}
