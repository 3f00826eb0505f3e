package org.twofold.service.oidc;

import com.nimbusds.openid.connect.sdk.claims.ClaimsSet;
import java.util.Arrays;
import java.util.Set;

/** Which claims each scope releases (OpenID Connect Core §5.4), plus {@code groups} for the roles. */
public final class ScopeClaims {

    public static final String OPENID = "openid";
    public static final String GROUPS = "groups";
    /** The scopes Twofold knows; others in a request are ignored. */
    public static final Set<String> SUPPORTED = Set.of(OPENID, "profile", "email", GROUPS);

    private ScopeClaims() {
    }

    /** Adds to {@code claims} what the granted {@code scope} releases of this person. */
    public static void add(ClaimsSet claims, String scope, SignedInClaims person) {
        Set<String> granted = Set.copyOf(Arrays.asList(scope.split(" ")));
        if (granted.contains("profile")) {
            claims.setClaim("preferred_username", person.username());
            claims.setClaim("name", person.name());
        }
        if (granted.contains("email") && person.email() != null) {
            claims.setClaim("email", person.email());
        }
        if (granted.contains(GROUPS)) {
            claims.setClaim(GROUPS, person.groups());
        }
    }

    /** The requested scopes Twofold knows, in a stable order, space-separated. */
    public static String granted(Set<String> requested) {
        return SUPPORTED.stream().filter(requested::contains).sorted().reduce((a, b) -> a + " " + b).orElse("");
    }
}
