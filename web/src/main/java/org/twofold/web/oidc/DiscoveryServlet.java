package org.twofold.web.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.twofold.domain.oidc.AuthenticationLevel;
import org.twofold.service.oidc.ProviderAddress;
import org.twofold.service.oidc.ScopeClaims;

/** OpenID Connect Discovery: what the provider does and where, for the applications' libraries to read. */
@WebServlet(OidcPaths.DISCOVERY)
public class DiscoveryServlet extends HttpServlet {

    @Inject
    private ProviderAddress issuer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(new Issuer(issuer.id()), List.of(SubjectType.PUBLIC),
                URI.create(issuer.endpoint(OidcPaths.JWKS)));
        metadata.setAuthorizationEndpointURI(URI.create(issuer.endpoint(OidcPaths.AUTHORIZE)));
        metadata.setTokenEndpointURI(URI.create(issuer.endpoint(OidcPaths.TOKEN)));
        metadata.setUserInfoEndpointURI(URI.create(issuer.endpoint(OidcPaths.USERINFO)));
        metadata.setEndSessionEndpointURI(URI.create(issuer.endpoint(OidcPaths.LOGOUT)));
        metadata.setResponseTypes(List.of(ResponseType.CODE));
        metadata.setResponseModes(List.of(ResponseMode.QUERY));
        metadata.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE));
        metadata.setScopes(new Scope(ScopeClaims.SUPPORTED.stream().sorted().toArray(String[]::new)));
        metadata.setTokenEndpointAuthMethods(List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC,
                ClientAuthenticationMethod.CLIENT_SECRET_POST, ClientAuthenticationMethod.NONE));
        metadata.setIDTokenJWSAlgs(List.of(JWSAlgorithm.RS256));
        metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        metadata.setACRs(Arrays.stream(AuthenticationLevel.values()).map(level -> new ACR(level.acr())).toList());
        metadata.setClaims(List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "acr", "amr",
                "preferred_username", "name", "email", ScopeClaims.GROUPS));
        metadata.setSupportsAuthorizationResponseIssuerParam(true);
        metadata.setSupportsBackChannelLogout(true);
        metadata.setSupportsRequestParam(false);
        metadata.setSupportsRequestURIParam(false);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "max-age=300");
        response.getWriter().write(metadata.toJSONObject().toJSONString());
    }
}
