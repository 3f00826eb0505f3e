package org.twofold.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.twofold.service.signin.CodeStepResult;
import org.twofold.service.signin.EnrolmentDeferral;
import org.twofold.service.signin.PasswordStepResult;
import org.twofold.service.signin.SignInService;
import org.twofold.service.signin.SignedInSessions;
import org.twofold.service.signin.SignedInUser;

/**
 * Moves credentials between HTTP and the services; holds no rules of its own.
 *
 * <p>Called on every request. With a password or a code (from the sign-in pages'
 * {@code SecurityContext.authenticate}), it runs that step. Otherwise it re-establishes a
 * fully signed-in session, or sends a request for a protected page to the step still due.
 * A session with only a pending sign-in is never authenticated.
 */
@ApplicationScoped
public class TwoFactorAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(TwoFactorAuthenticationMechanism.class.getName());

    @Inject
    private SignInService signIn;

    @Inject
    private SignedInSessions sessions;

    @Inject
    private EnrolmentDeferral deferral;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        try {
            if (credential instanceof UsernamePasswordCredential password) {
                return passwordStep(password, request, context);
            }
            if (credential instanceof OneTimeCodeCredential code) {
                return codeStep(code, request, context);
            }
            if (credential instanceof SkipEnrolmentCredential) {
                return skipEnrolment(request, context);
            }
        } catch (RuntimeException e) {
            // Without this the security runtime reports any fault as a wrong password. The
            // exception comes from the services and never carries the typed credential.
            LOG.log(Level.SEVERE, "A sign-in step failed", e);
            return fail(request, SignInOutcome.UNAVAILABLE);
        }
        return continueSession(request, context);
    }

    private AuthenticationStatus passwordStep(UsernamePasswordCredential credential, HttpServletRequest request,
                                              HttpMessageContext context) {
        Instant now = Instant.now();
        PasswordStepResult step = signIn.passwordStep(credential.getCaller(), credential.getPasswordAsString(),
                ClientAddress.of(request), now);
        switch (step.outcome()) {
            case SIGNED_IN:
                return completeSignIn(step.user(), false, request, context, now);
            case CODE_REQUIRED:
            case ENROLMENT_REQUIRED:
                SignInSession.startSecondStep(request, step.pendingToken());
                SignInOutcome next = step.outcome() == PasswordStepResult.Outcome.CODE_REQUIRED
                        ? SignInOutcome.CODE_REQUIRED : SignInOutcome.ENROLMENT_REQUIRED;
                next.attachTo(request);
                // Not authenticated yet: the page bean sends the browser to the next step.
                return AuthenticationStatus.NOT_DONE;
            case LOCKED:
                return fail(request, SignInOutcome.LOCKED);
            default:
                return fail(request, SignInOutcome.INVALID_CREDENTIALS);
        }
    }

    private AuthenticationStatus codeStep(OneTimeCodeCredential credential, HttpServletRequest request,
                                          HttpMessageContext context) {
        Optional<String> token = SignInSession.pendingToken(request);
        if (token.isEmpty()) {
            return fail(request, SignInOutcome.EXPIRED);
        }
        Instant now = Instant.now();
        CodeStepResult result = signIn.checkCode(token.get(), credential.code(), ClientAddress.of(request), now);
        switch (result.outcome()) {
            case SIGNED_IN:
                return completeSignIn(result.user(), true, request, context, now);
            case WRONG_CODE:
                return fail(request, SignInOutcome.WRONG_CODE);
            case CODE_EXPIRED:
                return fail(request, SignInOutcome.CODE_EXPIRED);
            case LOCKED:
                SignInSession.forgetPending(request);
                return fail(request, SignInOutcome.LOCKED);
            default:
                SignInSession.forgetPending(request);
                return fail(request, SignInOutcome.EXPIRED);
        }
    }

    private AuthenticationStatus skipEnrolment(HttpServletRequest request, HttpMessageContext context) {
        Optional<String> token = SignInSession.pendingToken(request);
        Instant now = Instant.now();
        if (token.isPresent()) {
            CodeStepResult result = deferral.skip(token.get(), ClientAddress.of(request), now);
            if (result.outcome() == CodeStepResult.Outcome.SIGNED_IN) {
                return completeSignIn(result.user(), false, request, context, now);
            }
        }
        SignInSession.forgetPending(request);
        return fail(request, SignInOutcome.EXPIRED);
    }

    private AuthenticationStatus continueSession(HttpServletRequest request, HttpMessageContext context) {
        Optional<String> username = SignInSession.username(request);
        if (username.isPresent()) {
            Optional<Instant> signedInAt = SignInSession.signedInAt(request);
            Optional<SignedInUser> user = signedInAt.isPresent()
                    ? sessions.stillSignedIn(username.get(), signedInAt.get(), SignInSession.secondStepDone(request), Instant.now())
                    : Optional.empty();
            if (user.isPresent()) {
                return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
            }
            SignInSession.end(request);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        Optional<String> pending = SignInSession.pendingToken(request);
        if (pending.isPresent()) {
            boolean enrolling = signIn.isEnrolling(pending.get(), Instant.now()).orElse(false);
            return context.redirect(request.getContextPath() + (enrolling ? SignInPages.ENROL : SignInPages.CODE));
        }
        SignInSession.rememberReturnTo(request);
        return context.redirect(request.getContextPath() + SignInPages.LOGIN);
    }

    private AuthenticationStatus completeSignIn(SignedInUser user, boolean secondStepDone, HttpServletRequest request,
                                                HttpMessageContext context, Instant now) {
        SignInSession.completeSignIn(request, user.username(), now, secondStepDone);
        request.getSession().setMaxInactiveInterval((int) sessions.idleTimeout().toSeconds());
        SignInOutcome.SIGNED_IN.attachTo(request);
        SignedInUser earned = sessions.withRolesEarned(user, secondStepDone);
        return context.notifyContainerAboutLogin(earned.username(), earned.roles());
    }

    private static AuthenticationStatus fail(HttpServletRequest request, SignInOutcome outcome) {
        outcome.attachTo(request);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
