package org.twofold.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.twofold.web.security.ApiKeyAuthentication;

/**
 * The REST API's root; its resources and providers are found by scanning this module. Liberty
 * describes it at /openapi (UI at /openapi/ui) from these annotations and the resources.
 */
@ApplicationPath(ApiKeyAuthentication.API_PATH)
@OpenAPIDefinition(
        info = @Info(title = "Twofold API", version = "1",
                description = "What the admin console does, for scripts and the twofold command. Every request needs"
                        + " an API key whose owner is an administrator (made on the Security page); a password never"
                        + " works here. Errors are RFC 9457 problem documents."),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")})
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
            apiKeyName = "Authorization", description = "Authorization: token KEYID:SECRET"),
    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
            description = "HTTP Basic with the key id as the user and the secret as the password")
})
public class ApiApplication extends Application {
}
