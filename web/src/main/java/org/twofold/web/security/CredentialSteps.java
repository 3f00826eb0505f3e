package org.twofold.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.factor.BrowserName;
import org.twofold.domain.passkey.CeremonyPurpose;
import org.twofold.service.signin.CodeStep;
import org.twofold.service.signin.EnrolmentDeferral;
import org.twofold.service.signin.FirstPasskeyStep;
import org.twofold.service.signin.PasskeyStep;
import org.twofold.service.signin.PasswordStep;
import org.twofold.service.signin.PasswordlessStep;
import org.twofold.service.signin.RecoveryCodeStep;
import org.twofold.service.signin.SecondStepStart;
import org.twofold.service.signin.SignInStep;

/**
 * The one place that says which sign-in step each credential is for, and what of the request
 * the step takes (the pending sign-in's token, the passkey challenge the session was handed,
 * the browser's name to remember, the client's address). A new way to sign in is a credential,
 * a step and a line here.
 */
@ApplicationScoped
public class CredentialSteps {

    @Inject
    private PasswordStep passwordStep;

    @Inject
    private PasswordlessStep passwordlessStep;

    @Inject
    private CodeStep codeStep;

    @Inject
    private PasskeyStep passkeyStep;

    @Inject
    private RecoveryCodeStep recoveryCodeStep;

    @Inject
    private SecondStepStart secondStepStart;

    @Inject
    private EnrolmentDeferral deferral;

    @Inject
    private FirstPasskeyStep firstPasskeyStep;

    /** The step this credential is for; null for a credential that is not a sign-in step. */
    public SignInStep run(Credential credential, HttpServletRequest request, Instant now) {
        if (credential instanceof UsernamePasswordCredential password) {
            SignInStep step = passwordStep.check(password.getCaller(), password.getPasswordAsString(),
                    DeviceCookie.token(request), ClientAddress.of(request), now);
            if (step instanceof SignInStep.Refused) {
                SignInSession.rememberTypedUsername(request, password.getCaller());
            }
            return step;
        }
        if (credential instanceof PasswordlessCredential passkey) {
            return passwordlessStep.check(passkey.answer(),
                    PasskeyChallengeSession.take(request, CeremonyPurpose.PASSWORDLESS).orElse(null), ClientAddress.of(request), now);
        }
        Optional<String> token = SignInSession.pendingToken(request);
        if (credential instanceof OneTimeCodeCredential code) {
            String browser = code.rememberDevice() ? BrowserName.of(request.getHeader("User-Agent")) : null;
            return token.map(t -> codeStep.check(t, code.code(), browser, ClientAddress.of(request), now))
                    .orElse(new SignInStep.Refused(SignInStep.Reason.EXPIRED));
        }
        if (credential instanceof PasskeyCredential passkey) {
            String browser = passkey.rememberDevice() ? BrowserName.of(request.getHeader("User-Agent")) : null;
            String challenge = PasskeyChallengeSession.take(request, CeremonyPurpose.SECOND_STEP).orElse(null);
            return token.map(t -> passkeyStep.check(t, passkey.answer(), challenge, browser, ClientAddress.of(request), now))
                    .orElse(new SignInStep.Refused(SignInStep.Reason.EXPIRED));
        }
        if (credential instanceof FirstPasskeyCredential passkey) {
            String challenge = PasskeyChallengeSession.take(request, CeremonyPurpose.REGISTER).orElse(null);
            String name = BrowserName.of(request.getHeader("User-Agent"));
            return token.map(t -> firstPasskeyStep.check(t, passkey.answer(), challenge, name, ClientAddress.of(request), now))
                    .orElse(new SignInStep.Refused(SignInStep.Reason.EXPIRED));
        }
        if (credential instanceof RecoveryCodeCredential recovery) {
            return token.map(t -> recoveryCodeStep.check(t, recovery.code(), ClientAddress.of(request), now))
                    .orElse(new SignInStep.Refused(SignInStep.Reason.EXPIRED));
        }
        if (credential instanceof StepUpCredential stepUp) {
            return secondStepStart.demanded(stepUp.username(), stepUp.passkey(), ClientAddress.of(request), now);
        }
        if (credential instanceof SkipEnrolmentCredential) {
            return token.map(t -> deferral.skip(t, ClientAddress.of(request), now))
                    .orElse(new SignInStep.Refused(SignInStep.Reason.EXPIRED));
        }
        return null;
    }
}
