package org.twofold.example;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.text.ParseException;

/**
 * Where Twofold says that a person signed out (OpenID Connect Back-Channel Logout), server to
 * server: the logout token's signature, issuer and audience are checked against Twofold's
 * published keys, then this application's sessions of that person end.
 */
@WebServlet("/backchannel-logout")
public class BackChannelLogoutServlet extends HttpServlet {

    @Inject
    private TwofoldSettings settings;

    @Inject
    private SignedInSessions sessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        if (token == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            LogoutTokenValidator validator = new LogoutTokenValidator(new Issuer(settings.getProviderUri()),
                    new ClientID(settings.getClientId()), JWSAlgorithm.RS256, URI.create(settings.getProviderUri() + "/oidc/jwks").toURL());
            LogoutTokenClaimsSet claims = validator.validate(JWTParser.parse(token));
            sessions.endAll(claims.getSubject().getValue());
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (ParseException | BadJOSEException | JOSEException | java.net.MalformedURLException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
