package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.settings.SettingsService;

/**
 * A code from an authenticator app: checked against the app being set up, else against each of
 * the user's apps; its time step is claimed once. The code that confirms a first app also
 * creates the user's first recovery codes. Anything typed that is not a code is a wrong code.
 */
@Stateless
@CountedStep("app_code")
public class AppCodeStep {

    private static final String HOW = "authenticator app";

    @Inject
    private AttemptGuard guard;

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private TotpFactorService totpFactors;

    @Inject
    private SettingsService settingsService;

    @Inject
    private AuditLog audit;

    @Inject
    private FactorNotices notices;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private SignInCompletion completion;

    public SignInStep check(PendingSignIn pending, String pendingToken, String code, String browserToRemember,
                            String clientIp, Instant now) {
        User user = pending.getUser();
        SystemSettings settings = settingsService.current();
        return guard.guarded(user.getId(), user.getUsername(), clientIp, settings, now, "code step", attempt -> {
            Optional<TotpFactor> enrolling = pendingSignIns.enrolmentFactor(pending);
            List<TotpFactor> apps = enrolling.map(List::of).orElseGet(() -> totpFactors.confirmedFactorsOf(user));
            if (apps.isEmpty()) {
                // The app was removed meanwhile (reset by an admin, say): start again.
                pendingSignIns.consume(pending);
                return AttemptGuard.Checked.nothingChecked(new SignInStep.Refused(SignInStep.Reason.EXPIRED));
            }
            if (apps.stream().noneMatch(app -> totpFactors.verifyAndClaim(app, code, now))) {
                audit.record(AuditEventType.SECOND_FACTOR_FAILED, user.getUsername(), clientIp, HOW);
                return AttemptGuard.Checked.wrongCode(attempt, code, pendingSignIns.dueOf(pending, pendingToken));
            }
            // Single use of the pending sign-in: of two racing requests only one gets it.
            if (!pendingSignIns.consume(pending)) {
                return AttemptGuard.Checked.nothingChecked(new SignInStep.Refused(SignInStep.Reason.EXPIRED));
            }
            return AttemptGuard.Checked.signedIn(() -> {
                List<String> firstRecoveryCodes = enrolling.map(app -> confirmFirstApp(app, user, clientIp, now))
                        .orElse(List.of());
                return completion.signedIn(user, HOW, firstRecoveryCodes, browserToRemember, settings, clientIp, now);
            });
        });
    }

    /** The new app counts from now; the user is told, and gets recovery codes if they have none. */
    private List<String> confirmFirstApp(TotpFactor app, User user, String clientIp, Instant now) {
        totpFactors.confirm(app, now);
        boolean told = notices.appSetUp(user);
        audit.record(AuditEventType.FACTOR_ENROLLED, user.getUsername(), clientIp,
                HOW + (told ? ", user notified by email" : ""));
        List<String> codes = recoveryCodes.firstSetIfNone(user, now);
        if (!codes.isEmpty()) {
            audit.record(AuditEventType.RECOVERY_CODES_CREATED, user.getUsername(), clientIp, "with the first app");
        }
        return codes;
    }
}
