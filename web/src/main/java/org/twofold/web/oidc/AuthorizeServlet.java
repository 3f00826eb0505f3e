package org.twofold.web.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import org.twofold.domain.oidc.AuthenticationLevel;
import org.twofold.domain.oidc.AuthorizationPolicy;
import org.twofold.service.oidc.Authorization;
import org.twofold.service.oidc.ProviderAddress;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.SignInPages;
import org.twofold.web.security.SignInSession;
import org.twofold.web.security.StepUp;

/**
 * The authorization endpoint (OpenID Connect Core §3.1.2): an application sends the browser
 * here; it comes back with a code, or with an error, or signs in first and then comes back
 * here by itself. Requests that name an unknown application or an unregistered address get a
 * page, never a redirect, so Twofold cannot be used to send people elsewhere.
 */
@WebServlet(OidcPaths.AUTHORIZE)
public class AuthorizeServlet extends HttpServlet {

    @Inject
    private Authorization authorization;

    @Inject
    private ProviderAddress issuer;

    @Inject
    private SecurityContext securityContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        AuthorizeRequest parsed = AuthorizeRequest.of(request);
        Authorization.Answer answer = authorization.authorize(parsed.clientId(), parsed.policyRequest(), parsed.newCode(),
                BrowserSignIns.of(request), ClientAddress.of(request), Instant.now());
        AuthorizationPolicy.Verdict verdict = answer.verdict();
        if (verdict instanceof AuthorizationPolicy.Grant) {
            response.sendRedirect(new AuthenticationSuccessResponse(URI.create(parsed.redirectUri()), new AuthorizationCode(answer.code()),
                    null, null, state(parsed), null, new Issuer(issuer.id()), ResponseMode.QUERY).toURI().toString());
        } else if (verdict instanceof AuthorizationPolicy.BackWithError error) {
            response.sendRedirect(new AuthenticationErrorResponse(URI.create(parsed.redirectUri()),
                    new ErrorObject(error.error(), error.description()), state(parsed), new Issuer(issuer.id()), ResponseMode.QUERY)
                    .toURI().toString());
        } else if (verdict instanceof AuthorizationPolicy.SignInFirst first) {
            if (first.again()) {
                request.logout(); // first, so the new session below is not owned by the old sign-in
                SignInSession.end(request);
            }
            SignInSession.rememberReturnThroughTwofold(request, OidcPaths.AUTHORIZE + "?" + parsed.queryWithoutPrompt());
            response.sendRedirect(request.getContextPath() + SignInPages.LOGIN);
        } else if (verdict instanceof AuthorizationPolicy.SecondFactorFirst first) {
            StepUp.toPath(request, response, securityContext, OidcPaths.AUTHORIZE + "?" + parsed.queryWithoutPrompt(),
                    first.wanted() == AuthenticationLevel.PHISHING_RESISTANT);
        } else if (verdict instanceof AuthorizationPolicy.PasskeyMissing) {
            refusalPage(request, response, HttpServletResponse.SC_FORBIDDEN, "app.refused.passkey", parsed.clientId());
        } else if (verdict instanceof AuthorizationPolicy.RoleRefused) {
            refusalPage(request, response, HttpServletResponse.SC_FORBIDDEN, "app.refused.role", parsed.clientId());
        } else {
            refusalPage(request, response, HttpServletResponse.SC_BAD_REQUEST, "app.refused.request", parsed.clientId());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        doGet(request, response); // OpenID Connect Core §3.1.2.1: GET and form POST alike
    }

    private static State state(AuthorizeRequest parsed) {
        return parsed.state() == null ? null : new State(parsed.state());
    }

    private void refusalPage(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
                             String clientId) throws ServletException, IOException {
        response.setStatus(status);
        request.setAttribute("twofold.appRefusal", messageKey);
        request.setAttribute("twofold.appName", authorization.applicationName(clientId).orElse(null));
        request.getRequestDispatcher("/app-refused.xhtml").forward(request, response);
    }
}
