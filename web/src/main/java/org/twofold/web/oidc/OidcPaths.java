package org.twofold.web.oidc;

/** Where the provider's endpoints live, relative to Twofold's public address. */
public final class OidcPaths {

    public static final String DISCOVERY = "/.well-known/openid-configuration";
    public static final String AUTHORIZE = "/oidc/authorize";
    public static final String TOKEN = "/oidc/token";
    public static final String USERINFO = "/oidc/userinfo";
    public static final String JWKS = "/oidc/jwks";
    public static final String LOGOUT = "/oidc/logout";
    public static final String FORWARD_AUTH = "/auth/forward";

    private OidcPaths() {
    }
}
