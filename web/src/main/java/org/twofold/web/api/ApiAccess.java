package org.twofold.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.twofold.domain.user.Role;
import org.twofold.service.apikey.ApiCaller;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.web.security.ApiKeyAuthentication;

/** Every API request needs an accepted key whose owner is an administrator, as the console does. */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccess implements ContainerRequestFilter {

    @Context
    private HttpServletRequest request;

    @Inject
    private DeploymentConfig deployment;

    @Override
    public void filter(ContainerRequestContext context) {
        Object verdict = request.getAttribute(ApiKeyAuthentication.VERDICT);
        if (verdict == ApiCaller.Verdict.RATE_LIMITED) {
            context.abortWith(Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS,
                    "This key made more than " + deployment.apiRequestsPerMinute() + " requests this minute: wait a minute."))
                    .header("Retry-After", 60).build());
        } else if (context.getSecurityContext().getUserPrincipal() == null) {
            context.abortWith(Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                    verdict == null ? "Send an API key: Authorization: token KEYID:SECRET (a password does not work here)."
                            : "That API key is not valid (wrong, revoked, or its owner is disabled)."))
                    .header("WWW-Authenticate", "Basic realm=\"Twofold API\"").build());
        } else if (!context.getSecurityContext().isUserInRole(Role.ADMINISTRATOR)) {
            context.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "This key's owner is not an administrator: the API does what the console does."));
        }
    }
}
