package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.policy.EnrolmentGrace;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.user.SignedInUser;
import org.twofold.service.user.UserDirectory;

/**
 * GitLab's grace period: a user newly asked to set up an authenticator app may choose "set
 * up later" for the configured days, counted from the first sign-in that asked.
 */
@Stateless
@CountedStep("enrolment_put_off")
public class EnrolmentDeferral {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private SettingsService settingsService;

    @Inject
    private TotpFactorService totpFactors;

    @Inject
    private UserDirectory users;

    @Inject
    private Lockout lockout;

    @Inject
    private AuditLog audit;

    /** Starts the user's grace period at the first sign-in that needs an app, when there is one. */
    public void startClock(User user, SystemSettings settings, Instant now) {
        if (settings.getEnrolment().getEnrolmentGraceDays() > 0 && user.getEnrolmentGraceFrom() == null) {
            user.setEnrolmentGraceFrom(now);
        }
    }

    /** Whole days this enrolling sign-in may still put off setting up an app; 0 when it must enrol now. */
    public long daysLeft(String pendingToken, Instant now) {
        return enrolling(pendingToken, now).map(p -> daysLeft(p.getUser(), now)).orElse(0L);
    }

    /** For the desk's banner: days left to set up an app, for a user who put it off; 0 otherwise. */
    public long daysLeftFor(String username, Instant now) {
        return users.find(username)
                .filter(u -> u.getEnrolmentGraceFrom() != null && totpFactors.confirmedFactorOf(u).isEmpty())
                .map(u -> daysLeft(u, now))
                .orElse(0L);
    }

    /**
     * "Set up later": within the grace period, an enrolling sign-in completes without an app.
     * The unconfirmed app is dropped; the next sign-in asks again.
     */
    public SignInStep skip(String pendingToken, String clientIp, Instant now) {
        Optional<PendingSignIn> found = enrolling(pendingToken, now);
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        PendingSignIn pending = found.get();
        User user = pending.getUser();
        long daysLeft = daysLeft(user, now);
        if (daysLeft == 0 || lockout.isLocked(user, now) || !pendingSignIns.consume(pending)) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        pendingSignIns.enrolmentFactor(pending).ifPresent(em::remove);
        audit.record(AuditEventType.ENROLMENT_DEFERRED, user.getUsername(), clientIp, daysLeft + " day(s) left");
        audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), clientIp, "password only, enrolment put off");
        return new SignInStep.SignedIn(SignedInUser.of(user), false);
    }

    private Optional<PendingSignIn> enrolling(String pendingToken, Instant now) {
        return pendingSignIns.live(pendingToken, now).filter(p -> pendingSignIns.enrolmentFactor(p).isPresent());
    }

    /** None for an Administrator: the console is never reached without a second factor. */
    private long daysLeft(User user, Instant now) {
        if (user.isAdministrator()) {
            return 0;
        }
        return EnrolmentGrace.daysLeft(user.getEnrolmentGraceFrom(), settingsService.current().getEnrolment().getEnrolmentGraceDays(), now);
    }
}
