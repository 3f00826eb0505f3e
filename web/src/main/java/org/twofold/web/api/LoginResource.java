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
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.signin.CommandLineSignIn;
import org.twofold.web.security.ClientAddress;

/**
 * Signing in without a browser ({@code twofold login}): the username and password, then the code
 * of the person's second step, give an API key that expires (TWOFOLD_CLI_KEY_HOURS). The one
 * API resource that takes no key; the steps behind it lock out and audit as the sign-in page
 * does. A right password answers 202 with the pending sign-in and its method (for email and SMS
 * the code is on its way); the code goes back with it. Scripts with an app may send all three at once.
 */
@Path("login")
@Produces(MediaType.APPLICATION_JSON)
public class LoginResource {

    /** What to send: the username and password, or the pending sign-in and the code; none of it is logged or echoed. */
    public record Credentials(String username, String password, String code, String pending) {
    }

    /** The key, {@code KEYID:SECRET}, shown in this answer only. */
    public record SignedIn(String username, String keyId, String key, Instant expiresAt) {
    }

    /** The password was right: send the code of this method with {@code pending}. */
    public record CodeDue(String pending, TwoFactorMethod method) {
    }

    @Inject
    private CommandLineSignIn signIn;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Credentials sent) {
        Instant now = Instant.now();
        String clientIp = ClientAddress.of(request);
        CommandLineSignIn.Outcome outcome;
        if (sent != null && sent.pending() != null) {
            outcome = signIn.code(sent.pending(), sent.code(), clientIp, now);
        } else if (sent == null || sent.username() == null || sent.password() == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "Send {\"username\": ..., \"password\": ...}, "
                    + "then {\"pending\": ..., \"code\": ...}.");
        } else {
            outcome = signIn.password(sent.username(), sent.password(), clientIp, now);
            if (outcome.result() == CommandLineSignIn.Result.CODE_DUE && sent.code() != null && !sent.code().isBlank()) {
                outcome = signIn.code(outcome.pendingToken(), sent.code(), clientIp, now);
            }
        }
        return switch (outcome.result()) {
            case SIGNED_IN -> Response.status(Response.Status.CREATED).entity(new SignedIn(outcome.username(),
                    outcome.key().keyId(), outcome.key().token(), outcome.expiresAt())).build();
            case CODE_DUE -> Response.status(Response.Status.ACCEPTED).entity(new CodeDue(outcome.pendingToken(), outcome.method()))
                    .build();
            case WRONG_CODE -> Problem.response(Response.Status.UNAUTHORIZED, "That code is not right.");
            case LOCKED -> Problem.response(Response.Status.FORBIDDEN,
                    "Too many failed sign-ins: signing in is refused for a while. Try again later or ask your administrator.");
            case NEEDS_THE_WEB_PAGE -> Problem.response(Response.Status.CONFLICT,
                    "Your second step needs the web page (a passkey, or a first factor to set up): sign in there, "
                            + "and make a key on your Security page.");
            case UNAVAILABLE -> Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                    "Signing in is not possible right now because of a fault on the server; try again in a moment.");
            default -> Problem.response(Response.Status.UNAUTHORIZED,
                    "Wrong username or password, or the sign-in has timed out: start again.");
        };
    }
}
