package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.signin.PendingSignIn;

/**
 * Step two, a typed code: the pending sign-in says which way it waits for one, and that way's
 * step checks it ({@link AppCodeStep}, {@link SentCodeStep}). A new way of typing a code is a
 * new step and a line here; a passkey is its own step ({@link PasskeyStep}).
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
        return switch (pending.getMethod()) {
            case TOTP -> appCode.check(pending, pendingToken, code, browserToRemember, clientIp, now);
            case EMAIL, SMS -> sentCode.check(pending, pendingToken, code, browserToRemember, clientIp, now);
            // A passkey answers on its own step (PasskeyStep); a code typed meanwhile is not for this sign-in.
            case PASSKEY -> new SignInStep.TryAgain(SignInStep.Reason.NOT_OFFERED, pendingSignIns.dueOf(pending, pendingToken));
        };
    }
}
