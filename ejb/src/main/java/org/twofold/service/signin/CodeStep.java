package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.TwoFactorMethod;

/**
 * Step two, a typed code: the pending sign-in says which way it waits for one, and that way's
 * step checks it ({@link AppCodeStep}, {@link SentCodeStep}). A new way of typing a code is a
 * new step and a line here.
 */
@Stateless
public class CodeStep {

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private AppCodeStep appCode;

    @Inject
    private SentCodeStep sentCode;

    public SignInStep check(String pendingToken, String code, String clientIp, Instant now) {
        return check(pendingToken, code, null, clientIp, now);
    }

    /** @param browserToRemember the browser's short name if the user ticked "remember this device", else null */
    public SignInStep check(String pendingToken, String code, String browserToRemember, String clientIp, Instant now) {
        Optional<PendingSignIn> found = pendingSignIns.live(pendingToken, now);
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        PendingSignIn pending = found.get();
        return pending.getMethod() == TwoFactorMethod.TOTP
                ? appCode.check(pending, pendingToken, code, browserToRemember, clientIp, now)
                : sentCode.check(pending, pendingToken, code, browserToRemember, clientIp, now);
    }
}
