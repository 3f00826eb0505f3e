package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.twofold.service.oidc.SigningKeys;

/**
 * The keys that sign ID tokens: listed (ids and dates, never a private half), and rotated: a
 * new key signs from then on, the old one stays published until its tokens have expired.
 */
@Path("signing-keys")
@Produces(MediaType.APPLICATION_JSON)
public class SigningKeysResource {

    @Inject
    private SigningKeys keys;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    public List<SigningKeys.KeyLine> list() {
        return keys.list(Instant.now());
    }

    /** Rotates; answers the keys as they are now, the new one first. */
    @POST
    @Path("rotate")
    public List<SigningKeys.KeyLine> rotate() {
        Instant now = Instant.now();
        keys.rotate(now, ApiActor.of(security, request));
        return keys.list(now);
    }
}
