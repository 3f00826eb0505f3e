package org.twofold.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.twofold.service.signin.PendingSignInView;
import org.twofold.service.signin.SignInStep;
import org.twofold.service.signin.SignedInSessions;
import org.twofold.service.user.SignedInUser;

/**
 * Moves credentials between HTTP and the services; holds no rules of its own.
 *
 * <p>Called on every request. With a password or a code (from the sign-in pages'
 * {@code SecurityContext.authenticate}), it runs that step, records in the session what the
 * step changed, and redirects to the page {@link SignInRoutes} names for the resulting step,
 * with its message. Otherwise it re-establishes a fully signed-in session, or sends a request
 * for a protected page to the step still due. A session with only a pending sign-in is never
 * authenticated.
 *
 * <p>Every step answers with a redirect, failures included: the next page is built from a
 * fresh GET, so re-posting one view chain (a wrong code again and again) cannot grow its
 * saved state and slow every request down.
 */
@ApplicationScoped
public class TwoFactorAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(TwoFactorAuthenticationMechanism.class.getName());

    @Inject
    private CredentialSteps credentialSteps;

    @Inject
    private PendingSignInView pendingView;

    @Inject
    private SignedInSessions sessions;

    @Inject
    private SignedInCaller caller;

    @Inject
    private ApiKeyAuthentication apiKeys;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (ApiKeyAuthentication.isApiRequest(request)) {
            return apiKeys.validate(request, context); // keys only: no session, no password
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return continueSession(request, context);
        }
        Instant now = Instant.now();
        SignInStep step;
        try {
            step = credentialSteps.run(credential, request, now);
        } catch (RuntimeException e) {
            // Without this the security runtime reports any fault as a wrong password. The
            // exception comes from the services and never carries the typed credential.
            LOG.log(Level.SEVERE, "A sign-in step failed", e);
            return go(SignInRoutes.unavailable(SignInSession.pendingToken(request).isPresent()), request, context);
        }
        if (step == null) {
            return continueSession(request, context);
        }
        record(step, request, now);
        if (step instanceof SignInStep.SignedIn signedIn && signedIn.rememberedBrowser() != null) {
            DeviceCookie.give(request, response, signedIn.rememberedBrowser());
        }
        return go(SignInRoutes.of(step), request, context);
    }

    /** What the step changes in the session: a new id after each step, and who is signed in. */
    private void record(SignInStep step, HttpServletRequest request, Instant now) {
        if (step instanceof SignInStep.SignedIn signedIn) {
            SignInSession.completeSignIn(request, signedIn.user().username(), now, signedIn.secondStepDone(), signedIn.methods());
            SignInSession.keepRecoveryCodesToShow(request, signedIn.newRecoveryCodes());
            request.getSession().setMaxInactiveInterval((int) sessions.idleTimeout().toSeconds());
        } else if (step instanceof SignInStep.Due due) {
            SignInSession.startSecondStep(request, due.pendingToken());
        } else if (step instanceof SignInStep.Refused) {
            SignInSession.forgetPending(request);
        }
    }

    private static AuthenticationStatus go(SignInRoutes.Route route, HttpServletRequest request, HttpMessageContext context) {
        route.carryMessage(request);
        SessionWrite.now(request); // the next step may reach another node before this request ends
        if (route.page() == null && SignInSession.returnsToAnotherApplication(request)) {
            // Not straight there: a redirect to another site at the end of a form's redirects is
            // blocked by the pages' form-action policy, so a page of Twofold's hands the browser on.
            return context.redirect(request.getContextPath() + SignInPages.CONTINUE);
        }
        String page = route.page() != null ? route.page()
                : SignInSession.takeReturnTo(request).orElse(SignInPages.DESK);
        return context.redirect(request.getContextPath() + page);
    }

    private static boolean isPageResource(HttpServletRequest request) {
        return request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/")
                || "/favicon.ico".equals(request.getServletPath());
    }

    private AuthenticationStatus continueSession(HttpServletRequest request, HttpMessageContext context) {
        if (!context.isProtected() && isPageResource(request)) {
            // A page's scripts, styles and icon load in parallel, each possibly on another node, while
            // the page's own node may still be writing the session: leaving it alone keeps them
            // from caching a copy that lacks the page's view state (seen in Chromium; cluster.md).
            return context.doNothing();
        }
        Optional<String> username = SignInSession.username(request);
        if (username.isPresent()) {
            Optional<Instant> signedInAt = SignInSession.signedInAt(request);
            Optional<SignedInUser> user = caller.get().filter(checked -> checked.username().equals(username.get()))
                    .or(() -> signedInAt.flatMap(at ->
                            sessions.stillSignedIn(username.get(), at, SignInSession.secondStepDone(request), Instant.now())));
            if (user.isPresent()) {
                caller.set(user.get());
                return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
            }
            SignInSession.end(request);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        Optional<SignInStep.Due> due = SignInSession.pendingToken(request).flatMap(t -> pendingView.dueStep(t, Instant.now()));
        if (due.isPresent()) {
            return context.redirect(request.getContextPath() + SignInRoutes.of(due.get()).page());
        }
        SignInSession.rememberReturnTo(request);
        SessionWrite.now(request);
        return context.redirect(request.getContextPath() + SignInPages.LOGIN);
    }
}
