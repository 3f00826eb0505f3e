package org.twofold.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document: what went wrong, in words for the person at the shell.
 *
 * @param errors each problem with the request body, one line each (empty when none)
 */
public record Problem(String type, String title, int status, String detail, List<String> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, List.of());
    }

    /** A 404 that names what was not found, e.g. "No user named 'bob'." */
    public static jakarta.ws.rs.NotFoundException notFound(String detail) {
        return new jakarta.ws.rs.NotFoundException(response(Response.Status.NOT_FOUND, detail));
    }

    public static Response response(Response.Status status, String detail, List<String> errors) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors))
                .build();
    }
}
