package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.twofold.service.RefusedException;
import org.twofold.service.role.RoleAdministration;
import org.twofold.service.role.RoleSummary;

/** Roles and their two-factor flag, with the console's rules (built-in roles, the Administrator's flag). */
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {

    /** The body of {@code PUT /roles/{name}/two-factor}. */
    public record TwoFactorFlag(Boolean required) {
    }

    @Inject
    private RoleAdministration roles;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    public List<RoleSummary> list() {
        return roles.list();
    }

    @GET
    @Path("{name}")
    public RoleSummary one(@PathParam("name") String name) {
        return named(name);
    }

    @PUT
    @Path("{name}/two-factor")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoleSummary setTwoFactor(@PathParam("name") String name, TwoFactorFlag flag) throws RefusedException {
        if (flag == null || flag.required() == null) {
            throw new RefusedException("api.roles.flagMissing");
        }
        roles.setRequiresTwoFactor(named(name).id(), flag.required(), ApiActor.of(security, request));
        return named(name);
    }

    private RoleSummary named(String name) {
        return roles.list().stream().filter(role -> role.name().equals(name)).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
