package org.twofold.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An intranet application signing people in through Twofold, as its OpenID Connect library
 * would: builds the authorization request (state, nonce, PKCE), reads the code off the
 * redirect, redeems it at the token endpoint, and checks the ID token's signature against the
 * published keys, through Nimbus on the client side.
 */
public final class TestApplication {

    private static final HttpClient HTTP = HttpClient.newBuilder().sslContext(TestTls.acceptingTestServers())
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String clientId;
    private final String secret;
    private final URI redirectUri;

    /** What one authorization request was sent with, to check the answer against. */
    public record Attempt(URI uri, State state, Nonce nonce, CodeVerifier verifier) {
    }

    /** What the token endpoint answered: its status and body. */
    public record TokenAnswer(int status, String body) {
        public boolean ok() {
            return status == 200;
        }
    }

    /** @param secret null for a public application (PKCE alone) */
    public TestApplication(String clientId, String secret, String redirectUri) {
        this.clientId = clientId;
        this.secret = secret;
        this.redirectUri = URI.create(redirectUri);
    }

    public static String issuer() {
        return Browser.BASE.toString().replaceAll("/$", "");
    }

    /** A fresh request for {@code scope}, with PKCE; {@code extra} adds parameters (prompt, acr_values, ...). */
    public Attempt start(String scope, Map<String, String> extra) {
        CodeVerifier verifier = new CodeVerifier();
        State state = new State();
        Nonce nonce = new Nonce();
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(scope),
                new ClientID(clientId), redirectUri)
                .endpointURI(Browser.BASE.resolve("/oidc/authorize"))
                .state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
        extra.forEach((name, value) -> request.customParameter(name, value));
        return new Attempt(request.build().toURI(), state, nonce, verifier);
    }

    /** The query parameters of the address Twofold sent the browser back to. */
    public static Map<String, String> parameters(URI returned) {
        if (returned.getRawQuery() == null) {
            return Map.of();
        }
        return Arrays.stream(returned.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> decode(p[0]), p -> p.length > 1 ? decode(p[1]) : ""));
    }

    /** Redeems the code as this application, with this verifier (null: none). */
    public TokenAnswer redeem(String code, CodeVerifier verifier) throws Exception {
        return redeem(code, redirectUri, verifier);
    }

    public TokenAnswer redeem(String code, URI redirect, CodeVerifier verifier) throws Exception {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), redirect, verifier);
        URI token = Browser.BASE.resolve("/oidc/token");
        TokenRequest request = secret == null ? new TokenRequest(token, new ClientID(clientId), grant)
                : new TokenRequest(token, new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), grant);
        com.nimbusds.oauth2.sdk.http.HTTPRequest http = request.toHTTPRequest();
        HttpRequest.Builder sent = HttpRequest.newBuilder(token).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(http.getBody()));
        if (http.getAuthorization() != null) {
            sent.header("Authorization", http.getAuthorization());
        }
        HttpResponse<String> answer = HTTP.send(sent.build(), HttpResponse.BodyHandlers.ofString());
        return new TokenAnswer(answer.statusCode(), answer.body());
    }

    /** The ID token's claims, after checking its signature, issuer, audience, expiry and nonce as a relying party must. */
    public IDTokenClaimsSet verified(String idToken, Nonce nonce) throws Exception {
        JWKSet keys = JWKSet.parse(ApiCalls.get("/oidc/jwks", null).body());
        IDTokenValidator validator = new IDTokenValidator(new Issuer(issuer()), new ClientID(clientId), JWSAlgorithm.RS256, keys);
        JWT token = JWTParser.parse(idToken);
        return validator.validate(token, nonce);
    }

    /** GET /oidc/userinfo with this access token. */
    public static ApiCalls.Answer userInfo(String accessToken) throws Exception {
        return ApiCalls.get("/oidc/userinfo", "Bearer " + accessToken);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
