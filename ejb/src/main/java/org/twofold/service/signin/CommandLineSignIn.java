package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.apikey.ApiKeyService;
import org.twofold.service.apikey.NewApiKey;
import org.twofold.service.config.DeploymentConfig;

/**
 * Signing in at the command line ({@code twofold login}): the password and the current code of
 * the person's authenticator app go through the same steps as on the sign-in page (the same
 * lockout, throttle and audit events), and a signed-in person gets an API key that expires.
 * Each step runs in a transaction of its own, as it does between two pages.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CommandLineSignIn {

    /** What became of the sign-in; {@code key} and {@code expiresAt} only when {@code SIGNED_IN}. */
    public record Outcome(Result result, NewApiKey key, Instant expiresAt) {

        static Outcome of(Result result) {
            return new Outcome(result, null, null);
        }
    }

    public enum Result {
        SIGNED_IN,
        /** Unknown user, wrong password or code, or a disabled account: all look the same. */
        REFUSED,
        /** The account or the address is locked for now. */
        LOCKED,
        /** The person's second step is not an authenticator app (email, SMS, passkey, none set up yet). */
        NEEDS_THE_WEB_PAGE,
        /** A fault on the server; nothing was decided. */
        UNAVAILABLE
    }

    @Inject
    private PasswordStep passwordStep;

    @Inject
    private AppCodeStep appCodeStep;

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private ApiKeyService apiKeys;

    @Inject
    private DeploymentConfig deployment;

    public Outcome signIn(String username, String password, String code, String clientIp, Instant now) {
        SignInStep step = passwordStep.check(username, password, clientIp, now);
        if (step instanceof SignInStep.CodeDue due && due.method() == TwoFactorMethod.TOTP) {
            Optional<PendingSignIn> pending = pendingSignIns.live(due.pendingToken(), now);
            if (pending.isEmpty()) {
                return Outcome.of(Result.REFUSED);
            }
            step = appCodeStep.check(pending.get(), due.pendingToken(), code, null, clientIp, now);
        }
        if (step instanceof SignInStep.SignedIn signedIn) {
            Instant expiresAt = now.plus(Duration.ofHours(deployment.cliKeyHours()));
            return new Outcome(Result.SIGNED_IN, apiKeys.createExpiring(signedIn.user().username(), "twofold login",
                    clientIp, now, expiresAt), expiresAt);
        }
        if (step instanceof SignInStep.Due) {
            return Outcome.of(Result.NEEDS_THE_WEB_PAGE);
        }
        SignInStep.Reason reason = step instanceof SignInStep.Refused refused ? refused.reason()
                : step instanceof SignInStep.TryAgain again ? again.reason() : SignInStep.Reason.INVALID_CREDENTIALS;
        return Outcome.of(reason == SignInStep.Reason.LOCKED ? Result.LOCKED
                : reason == SignInStep.Reason.UNAVAILABLE ? Result.UNAVAILABLE : Result.REFUSED);
    }
}
