package org.twofold.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Whom the request's key belongs to: what a script asks before it works on "my" keys. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username) {
    }

    @Context
    private SecurityContext security;

    @GET
    public Me me() {
        return new Me(security.getUserPrincipal().getName());
    }
}
