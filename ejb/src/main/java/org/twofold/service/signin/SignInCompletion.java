package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.oidc.SignInMethods;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.RecoveryCodesToShow;
import org.twofold.service.user.SignedInUser;

/** The end of a sign-in by a code: audited, and the browser remembered when the user ticked it. */
@Stateless
public class SignInCompletion {

    @Inject
    private AuditLog audit;

    @Inject
    private DeviceTrust deviceTrust;

    @Inject
    private RecoveryCodesToShow codesToShow;

    /**
     * @param how               the second step, as the audit log names it
     * @param newRecoveryCodes  the first recovery codes, made with the first app (else empty)
     * @param browserToRemember the browser's short name if the user ticked "remember", else null
     */
    public SignInStep.SignedIn signedIn(User user, String how, List<String> newRecoveryCodes, String browserToRemember,
                                        SystemSettings settings, String clientIp, Instant now) {
        return signedIn(user, how, SignInMethods.PASSWORD_AND_CODE, newRecoveryCodes, browserToRemember, settings, clientIp, now);
    }

    /** @param methods how the person signed in, when not the password and a code (a passkey) */
    public SignInStep.SignedIn signedIn(User user, String how, SignInMethods methods, List<String> newRecoveryCodes,
                                        String browserToRemember, SystemSettings settings, String clientIp, Instant now) {
        audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), clientIp, how);
        SignInStep.RememberedBrowser remembered = deviceTrust.rememberIfAsked(user, browserToRemember, settings, clientIp, now)
                .orElse(null);
        return new SignInStep.SignedIn(SignedInUser.of(user), true, methods, codesToShow.seal(newRecoveryCodes), remembered);
    }
}
