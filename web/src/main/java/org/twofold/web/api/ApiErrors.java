package org.twofold.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.twofold.service.RefusedException;
import org.twofold.web.i18n.Messages;

/**
 * The one place an API error becomes a problem document: a refusal by the services (400, or
 * 404/409 for the problems that mean that), a body that is not the JSON expected (400), the
 * framework's own errors with their status, and anything else as a 500 that says nothing of
 * the cause (which the log keeps).
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());
    private static final Set<String> GONE = Set.of("users.gone", "roles.gone", "queue.gone", "users.factorGone",
            "apiKeys.gone", "applications.gone");
    private static final Set<String> CONFLICTS = Set.of("users.lastAdmin", "users.username.taken", "roles.name.taken",
            "roles.builtIn", "roles.adminFlag", "roles.mappedFromDirectory", "queue.retry.notFailed", "queue.retry.holdsSecret",
            "applications.clientId.taken", "backup.running");

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof RefusedException refused) {
            return refused(refused.problems());
        }
        if (error instanceof StrictJson.Mismatch mismatch) {
            return Problem.response(Response.Status.BAD_REQUEST, mismatch.getMessage(), List.of(mismatch.getMessage()));
        }
        if (error instanceof WebApplicationException web && web.getResponse().getEntity() instanceof Problem) {
            return web.getResponse(); // already in words, e.g. Problem.notFound
        }
        if (error instanceof WebApplicationException web && !(web.getCause() instanceof JsonbException)) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            if (status == null || status == Response.Status.BAD_REQUEST) {
                return Problem.response(Response.Status.BAD_REQUEST, "The request is not what this resource takes.");
            }
            return Problem.response(status, describe(status));
        }
        if (error instanceof JsonbException || error instanceof ProcessingException
                || error.getCause() instanceof JsonbException) {
            return Problem.response(Response.Status.BAD_REQUEST, "The body is not JSON of the shape this resource takes.");
        }
        LOG.log(Level.SEVERE, "An API request failed", error);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on the server; its log says what.");
    }

    /** A refusal by the services, each problem in the console's words. */
    static Response refused(List<String> problems) {
        Response.Status status = problems.stream().anyMatch(GONE::contains) ? Response.Status.NOT_FOUND
                : problems.stream().anyMatch(CONFLICTS::contains) ? Response.Status.CONFLICT
                : Response.Status.BAD_REQUEST;
        List<String> texts = problems.stream().map(ApiErrors::text).toList();
        return Problem.response(status, String.join(" ", texts), texts);
    }

    private static String describe(Response.Status status) {
        return switch (status) {
            case NOT_FOUND -> "There is no such resource.";
            case METHOD_NOT_ALLOWED -> "This resource does not take that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "This resource answers in application/json.";
            default -> status.getReasonPhrase();
        };
    }

    private static String text(String key) {
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
