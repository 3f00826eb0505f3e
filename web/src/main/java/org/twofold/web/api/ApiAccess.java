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

/**
 * Every API request needs an accepted key whose owner is an administrator, as the console does;
 * anyone's key may read whom it belongs to ({@code me}) and its owner's own factors.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccess implements ContainerRequestFilter {

    @Context
    private HttpServletRequest request;

    @Inject
    private DeploymentConfig deployment;

    @Override
    public void filter(ContainerRequestContext context) {
        if (signingIn(context.getMethod(), context.getUriInfo().getPath())) {
            return; // the one request that brings a password and a code instead of a key (LoginResource)
        }
        Object verdict = request.getAttribute(ApiKeyAuthentication.VERDICT);
        if (verdict == ApiCaller.Verdict.RATE_LIMITED) {
            context.abortWith(Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS,
                    "This key made more than " + deployment.apiRequestsPerMinute() + " requests this minute: wait a minute."))
                    .header("Retry-After", 60).build());
        } else if (context.getSecurityContext().getUserPrincipal() == null) {
            context.abortWith(Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                    verdict == null ? "Send an API key: Authorization: token KEYID:SECRET (a password does not work here)."
                            : "That API key is not valid (wrong, revoked, expired, or its owner is disabled)."))
                    .header("WWW-Authenticate", "Basic realm=\"Twofold API\"").build());
        } else if (!context.getSecurityContext().isUserInRole(Role.ADMINISTRATOR)
                && !ownRead(context.getMethod(), context.getUriInfo().getPath(),
                        context.getSecurityContext().getUserPrincipal().getName())) {
            context.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "This key's owner is not an administrator: it may read only me and users/OWNER/factors."));
        }
    }

    static boolean signingIn(String method, String path) {
        return "POST".equals(method) && "login".equals(relative(path));
    }

    /** What a key that is not an administrator's may do: read whom it belongs to, and its owner's factors. */
    static boolean ownRead(String method, String path, String owner) {
        String relative = relative(path);
        return "GET".equals(method) && (relative.equals("me") || relative.equals("users/" + owner + "/factors"));
    }

    /** The path below /api/v1, however the runtime hands it over ("me" or "/me"). */
    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
