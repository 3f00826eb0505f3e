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
        // No identityTokenExpiry: the logout it starts when an ID token (five minutes) runs out would,
        // with notifyProvider, end the person's Twofold session too, every five minutes.
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${twofoldSettings.afterSignOut}"))
public class SignInThroughTwofold {
}
