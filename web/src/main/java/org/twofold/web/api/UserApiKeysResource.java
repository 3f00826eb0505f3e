package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.twofold.service.RefusedException;
import org.twofold.service.apikey.ApiKeyLine;
import org.twofold.service.apikey.NewApiKey;
import org.twofold.service.useradmin.UserAdministration;
import org.twofold.service.useradmin.UserApiKeyAdministration;

/** A user's API keys, made and revoked by an administrator: listed with their last use, never a secret. */
@Path("users/{username}/api-keys")
@Produces(MediaType.APPLICATION_JSON)
public class UserApiKeysResource {

    /** A key just made; {@code token} is what {@code Authorization: token} takes. */
    public record CreatedKey(String keyId, String secret, String token, String label) {
    }

    @Inject
    private UserAdministration users;

    @Inject
    private UserApiKeyAdministration apiKeyAdministration;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    public List<ApiKeyLine> list(@PathParam("username") String username) throws RefusedException {
        return apiKeyAdministration.of(UsersResource.existing(users, username).id());
    }

    /** A new key for the user; its secret is in this answer only. */
    @POST
    public Response create(@PathParam("username") String username, @QueryParam("label") String label)
            throws RefusedException {
        NewApiKey key = apiKeyAdministration.create(UsersResource.existing(users, username).id(), label,
                ApiActor.of(security, request));
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedKey(key.keyId(), key.secret(), key.token(), key.label())).build();
    }

    @DELETE
    @Path("{keyId}")
    public Response revoke(@PathParam("username") String username, @PathParam("keyId") String keyId)
            throws RefusedException {
        apiKeyAdministration.revoke(UsersResource.existing(users, username).id(), keyId, ApiActor.of(security, request));
        return Response.noContent().build();
    }
}
