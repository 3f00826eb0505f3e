package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.twofold.service.RefusedException;
import org.twofold.service.role.RoleAdministration;
import org.twofold.service.role.RoleSummary;

/**
 * Roles: listed, created, renamed, deleted, and their two-factor flag, with the console's
 * rules (built-in roles keep their names, the Administrator's flag stays on).
 */
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {

    /** The body of {@code PUT /roles/{name}/two-factor}. */
    public record TwoFactorFlag(Boolean required) {
    }

    /** The body of {@code POST /roles}; {@code requiresTwoFactor} is false when left out. */
    public record NewRole(String name, Boolean requiresTwoFactor) {
    }

    /** The body of {@code PUT /roles/{name}/name}. */
    public record NewName(String name) {
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewRole role) throws RefusedException {
        if (role == null) {
            throw new RefusedException("roles.name.invalid");
        }
        roles.create(role.name(), Boolean.TRUE.equals(role.requiresTwoFactor()), ApiActor.of(security, request));
        RoleSummary created = roles.named(role.name().strip()).orElseThrow(() -> Problem.notFound("No role named '" + role.name().strip() + "'."));
        return Response.created(UriBuilder.fromResource(RolesResource.class).path(created.name()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{name}/name")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoleSummary rename(@PathParam("name") String name, NewName newName) throws RefusedException {
        roles.rename(named(name).id(), newName == null ? null : newName.name(), ApiActor.of(security, request));
        return named(newName.name().strip());
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) throws RefusedException {
        roles.delete(named(name).id(), ApiActor.of(security, request));
        return Response.noContent().build();
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
        return roles.named(name).orElseThrow(() -> Problem.notFound("No role named '" + name + "'."));
    }
}
