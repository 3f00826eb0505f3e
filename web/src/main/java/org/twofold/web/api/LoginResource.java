package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.twofold.service.signin.CommandLineSignIn;
import org.twofold.web.security.ClientAddress;

/**
 * Signing in without a browser ({@code twofold login}): a username, password and the current
 * code of the person's authenticator app give an API key that expires (TWOFOLD_CLI_KEY_HOURS).
 * The one API resource that takes no key; the steps behind it lock out and audit as the
 * sign-in page does.
 */
@Path("login")
@Produces(MediaType.APPLICATION_JSON)
public class LoginResource {

    /** What to send: nothing of it is ever logged or echoed. */
    public record Credentials(String username, String password, String code) {
    }

    /** The key, {@code KEYID:SECRET}, shown in this answer only. */
    public record SignedIn(String username, String keyId, String key, Instant expiresAt) {
    }

    @Inject
    private CommandLineSignIn signIn;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "Send {\"username\": ..., \"password\": ..., \"code\": ...}.");
        }
        CommandLineSignIn.Outcome outcome = signIn.signIn(credentials.username(), credentials.password(), credentials.code(),
                ClientAddress.of(request), Instant.now());
        return switch (outcome.result()) {
            case SIGNED_IN -> Response.status(Response.Status.CREATED).entity(new SignedIn(credentials.username(),
                    outcome.key().keyId(), outcome.key().keyId() + ":" + outcome.key().secret(), outcome.expiresAt())).build();
            case LOCKED -> Problem.response(Response.Status.FORBIDDEN,
                    "Too many failed sign-ins: signing in is refused for a while. Try again later or ask your administrator.");
            case NEEDS_THE_WEB_PAGE -> Problem.response(Response.Status.CONFLICT,
                    "Your second step is not an authenticator app: sign in on the web page, and make a key on your Security page.");
            case UNAVAILABLE -> Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                    "Signing in is not possible right now because of a fault on the server; try again in a moment.");
            default -> Problem.response(Response.Status.UNAUTHORIZED, "Wrong username, password or code.");
        };
    }
}
