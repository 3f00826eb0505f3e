package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.apikey.ApiKeyService;
import org.twofold.service.apikey.NewApiKey;
import org.twofold.service.config.DeploymentConfig;

/**
 * Signing in at the command line ({@code twofold login}), in the sign-in page's own steps (the
 * same lockout, throttle and audit events): the password first, then the code of the person's
 * second step (their app's, or the one just emailed or texted). A signed-in person gets an API
 * key that expires. Each step runs in a transaction of its own, as it does between two pages.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CommandLineSignIn {

    /**
     * What became of a step: {@code username}, {@code key} and {@code expiresAt} when
     * {@code SIGNED_IN}; {@code pendingToken} and {@code method} when {@code CODE_DUE}.
     */
    public record Outcome(Result result, String username, NewApiKey key, Instant expiresAt, String pendingToken,
                          TwoFactorMethod method) {

        static Outcome of(Result result) {
            return new Outcome(result, null, null, null, null, null);
        }
    }

    public enum Result {
        SIGNED_IN,
        /** The password was right; the code of this method is due (sent already for email and SMS). */
        CODE_DUE,
        /** Unknown user, wrong password or disabled account, or a sign-in that has timed out: all look the same. */
        REFUSED,
        /** A wrong code; the sign-in goes on, and another code may be typed. */
        WRONG_CODE,
        /** The account or the address is locked for now. */
        LOCKED,
        /** The person's second step needs the web page (a passkey, or a first factor to set up). */
        NEEDS_THE_WEB_PAGE,
        /** A fault on the server; nothing was decided. */
        UNAVAILABLE
    }

    @Inject
    private PasswordStep passwordStep;

    @Inject
    private CodeStep codeStep;

    @Inject
    private ApiKeyService apiKeys;

    @Inject
    private DeploymentConfig deployment;

    public Outcome password(String username, String password, String clientIp, Instant now) {
        SignInStep step = passwordStep.check(username, password, clientIp, now);
        if (step instanceof SignInStep.CodeDue due && due.method() != TwoFactorMethod.PASSKEY) {
            return new Outcome(Result.CODE_DUE, null, null, null, due.pendingToken(), due.method());
        }
        return outcome(step, clientIp, now);
    }

    public Outcome code(String pendingToken, String code, String clientIp, Instant now) {
        return outcome(codeStep.check(pendingToken, code, clientIp, now), clientIp, now);
    }

    private Outcome outcome(SignInStep step, String clientIp, Instant now) {
        if (step instanceof SignInStep.SignedIn signedIn) {
            Instant expiresAt = now.plus(Duration.ofHours(deployment.cliKeyHours()));
            String username = signedIn.user().username();
            return new Outcome(Result.SIGNED_IN, username, apiKeys.createExpiring(username, "twofold login", clientIp, now,
                    expiresAt), expiresAt, null, null);
        }
        if (step instanceof SignInStep.TryAgain again) {
            return Outcome.of(again.reason() == SignInStep.Reason.LOCKED ? Result.LOCKED : Result.WRONG_CODE);
        }
        if (step instanceof SignInStep.Due) {
            return Outcome.of(Result.NEEDS_THE_WEB_PAGE);
        }
        SignInStep.Reason reason = step instanceof SignInStep.Refused refused ? refused.reason()
                : SignInStep.Reason.INVALID_CREDENTIALS;
        return Outcome.of(reason == SignInStep.Reason.LOCKED ? Result.LOCKED
                : reason == SignInStep.Reason.UNAVAILABLE ? Result.UNAVAILABLE : Result.REFUSED);
    }
}
