package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import org.twofold.service.RefusedException;
import org.twofold.service.oidc.ApplicationAdministration;
import org.twofold.service.oidc.ApplicationSummary;

/**
 * The applications that sign people in through Twofold (OpenID Connect clients, and sites
 * behind forward authentication): registered, listed, changed, removed, and given a new secret.
 */
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {

    @Inject
    private ApplicationAdministration applications;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    public List<ClientLine> list() {
        return applications.list().stream().map(ClientLine::of).toList();
    }

    @GET
    @Path("{clientId}")
    public ClientLine one(@PathParam("clientId") String clientId) {
        return ClientLine.of(existing(clientId));
    }

    /** 201 with the application and, for a confidential one, its secret: shown this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ClientBody body) throws RefusedException {
        if (body == null) {
            throw new RefusedException("applications.clientId.invalid");
        }
        String secret = applications.create(body.draft(), Instant.now(), ApiActor.of(security, request)).orElse(null);
        ApplicationSummary created = existing(body.clientId());
        return Response.created(UriBuilder.fromResource(ClientsResource.class).path(created.clientId()).build())
                .entity(ClientLine.of(created, secret)).build();
    }

    @PATCH
    @Path("{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClientLine update(@PathParam("clientId") String clientId, ClientBody body) throws RefusedException {
        if (body == null) {
            return one(clientId);
        }
        return ClientLine.of(applications.update(clientId, body.draft(), ApiActor.of(security, request)));
    }

    @DELETE
    @Path("{clientId}")
    public Response delete(@PathParam("clientId") String clientId) throws RefusedException {
        applications.delete(clientId, ApiActor.of(security, request));
        return Response.noContent().build();
    }

    /** A new secret; the old one stops working at once. */
    @POST
    @Path("{clientId}/secret")
    public ClientLine newSecret(@PathParam("clientId") String clientId) throws RefusedException {
        String secret = applications.newSecret(clientId, ApiActor.of(security, request));
        return ClientLine.of(existing(clientId), secret);
    }

    private ApplicationSummary existing(String clientId) {
        return applications.find(clientId).orElseThrow(() -> Problem.notFound("No application with the client id '" + clientId + "'."));
    }
}
