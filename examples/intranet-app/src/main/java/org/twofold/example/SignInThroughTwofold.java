package org.twofold.example;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * The whole of the sign-in: Twofold is the OpenID Connect provider, found by discovery at
 * {@code providerURI}; the client id and secret are the ones Twofold gave when the application
 * was registered ({@link TwofoldSettings} reads them from the environment). The caller's name is
 * Twofold's {@code preferred_username}, their roles its {@code groups}. Signing out here signs out
 * of Twofold too (RP-initiated logout).
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${twofoldSettings.providerUri}",
        clientId = "${twofoldSettings.clientId}",
        clientSecret = "${twofoldSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        scope = {"openid", "profile", "email", "groups"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        // Twofold's ID tokens last five minutes: after that the application asks Twofold again, which
        // answers at once while the person is signed in there, and shows its sign-in page once they are not.
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${twofoldSettings.afterSignOut}", identityTokenExpiry = true))
public class SignInThroughTwofold {
}
