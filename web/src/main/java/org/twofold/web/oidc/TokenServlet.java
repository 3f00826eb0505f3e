package org.twofold.web.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.http.JakartaServletUtils;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.twofold.service.oidc.TokenExchange;
import org.twofold.web.security.ClientAddress;

/**
 * The token endpoint (RFC 6749 §3.2): an application authenticates (secret by Basic or in the
 * form; a public one by its id and PKCE) and trades a code for tokens. Errors are RFC 6749
 * §5.2 JSON, never a page.
 */
@WebServlet(OidcPaths.TOKEN)
public class TokenServlet extends HttpServlet {

    /** The longest form taken; a token request is a few hundred bytes. */
    private static final long MAX_BODY = 16 * 1024;

    @Inject
    private TokenExchange exchange;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JakartaServletUtils.applyHTTPResponse(answer(request), response);
    }

    private HTTPResponse answer(HttpServletRequest request) {
        TokenRequest tokenRequest;
        try {
            tokenRequest = TokenRequest.parse(JakartaServletUtils.createHTTPRequest(request, MAX_BODY));
        } catch (ParseException e) {
            ErrorObject error = e.getErrorObject() != null ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST;
            return new TokenErrorResponse(error.setDescription(e.getMessage())).toHTTPResponse();
        } catch (IOException | RuntimeException e) {
            return new TokenErrorResponse(OAuth2Error.INVALID_REQUEST.setDescription("The request is not a token request."))
                    .toHTTPResponse();
        }
        if (!(tokenRequest.getAuthorizationGrant() instanceof AuthorizationCodeGrant grant)) {
            return new TokenErrorResponse(OAuth2Error.UNSUPPORTED_GRANT_TYPE
                    .setDescription("Only grant_type=authorization_code is supported.")).toHTTPResponse();
        }
        ClientAuthentication authentication = tokenRequest.getClientAuthentication();
        String clientId = authentication != null ? authentication.getClientID().getValue()
                : tokenRequest.getClientID() != null ? tokenRequest.getClientID().getValue() : null;
        String secret = authentication instanceof ClientSecretBasic basic ? basic.getClientSecret().getValue()
                : authentication instanceof ClientSecretPost post ? post.getClientSecret().getValue() : null;
        if (authentication != null && secret == null) {
            return new TokenErrorResponse(OAuth2Error.INVALID_CLIENT
                    .setDescription("Authenticate with client_secret_basic or client_secret_post.")).toHTTPResponse();
        }
        TokenExchange.Outcome outcome = exchange.exchange(new TokenExchange.Grant(clientId, secret,
                grant.getAuthorizationCode().getValue(), grant.getRedirectionURI() == null ? null : grant.getRedirectionURI().toString(),
                grant.getCodeVerifier() == null ? null : grant.getCodeVerifier().getValue()), ClientAddress.of(request), Instant.now());
        if (outcome instanceof TokenExchange.Tokens tokens) {
            return new OIDCTokenResponse(new OIDCTokens(tokens.idToken(),
                    new BearerAccessToken(tokens.accessToken(), tokens.expiresInSeconds(), Scope.parse(tokens.scope())), null))
                    .toHTTPResponse();
        }
        TokenExchange.Refused refused = (TokenExchange.Refused) outcome;
        ErrorObject error = new ErrorObject(refused.error(), refused.description(),
                refused.clientError() ? HTTPResponse.SC_UNAUTHORIZED : HTTPResponse.SC_BAD_REQUEST);
        HTTPResponse http = new TokenErrorResponse(error).toHTTPResponse();
        if (refused.clientError() && authentication instanceof ClientSecretBasic) {
            http.setHeader("WWW-Authenticate", "Basic realm=\"Twofold\"");
        }
        return http;
    }
}
