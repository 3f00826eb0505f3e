package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.twofold.service.RefusedException;
import org.twofold.service.useradmin.UserAdministration;
import org.twofold.service.useradmin.UserDeletion;
import org.twofold.service.useradmin.UserDraft;
import org.twofold.service.useradmin.UserFactorAdministration;
import org.twofold.service.useradmin.UserRow;

/**
 * Users as in the console: listed and searched, created and changed, enabled and disabled,
 * unlocked, signed out everywhere, their second factors reset. Their factors one by one are
 * {@link UserFactorsResource}, their keys {@link UserApiKeysResource}.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    public static final int MAX_PAGE = 200;

    /** One page of users and how many match in all. */
    public record Page(long total, int first, List<UserRow> users) {
    }

    @Inject
    private UserAdministration users;

    @Inject
    private UserFactorAdministration factorAdministration;

    @Inject
    private UserDeletion deletion;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    /** Users whose username, name or email contains {@code search}, by username. */
    @GET
    public Page list(@QueryParam("search") String search, @QueryParam("first") @DefaultValue("0") int first,
                     @QueryParam("max") @DefaultValue("50") int max) throws RefusedException {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new RefusedException("api.users.page");
        }
        return new Page(users.count(search), first, users.search(search, first, max));
    }

    @GET
    @Path("{username}")
    public UserRow one(@PathParam("username") String username) {
        return named(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(UserBody body) throws RefusedException {
        if (body == null) {
            throw new RefusedException("users.username.invalid");
        }
        long id = users.save(body.over(new UserDraft()), ApiActor.of(security, request));
        UserRow created = users.row(id);
        return Response.created(UriBuilder.fromResource(UsersResource.class).path(created.username()).build())
                .entity(created).build();
    }

    /** Changes the parts of the user the body names; the username stays. */
    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserRow change(@PathParam("username") String username, UserBody body) throws RefusedException {
        long id = named(username).id();
        if (body == null) {
            throw new RefusedException("api.users.empty");
        }
        users.save(body.over(users.draft(id)), ApiActor.of(security, request));
        return users.row(id);
    }

    /** Deletes the user and everything that is theirs except their audit trail; never the last administrator (409). */
    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username) throws RefusedException {
        deletion.delete(named(username).id(), ApiActor.of(security, request));
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/enable")
    public UserRow enable(@PathParam("username") String username) throws RefusedException {
        return setEnabled(username, true);
    }

    @POST
    @Path("{username}/disable")
    public UserRow disable(@PathParam("username") String username) throws RefusedException {
        return setEnabled(username, false);
    }

    /** The last enabled administrator cannot be disabled (409). */
    private UserRow setEnabled(String username, boolean enabled) throws RefusedException {
        long id = named(username).id();
        users.setEnabled(id, enabled, ApiActor.of(security, request));
        return users.row(id);
    }

    @POST
    @Path("{username}/unlock")
    public Response unlock(@PathParam("username") String username) throws RefusedException {
        users.unlock(named(username).id(), ApiActor.of(security, request));
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/reset-second-factors")
    public Response resetSecondFactors(@PathParam("username") String username) throws RefusedException {
        factorAdministration.resetFactors(named(username).id(), ApiActor.of(security, request));
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/end-sessions")
    public Response endSessions(@PathParam("username") String username) throws RefusedException {
        factorAdministration.endSessions(named(username).id(), ApiActor.of(security, request));
        return Response.noContent().build();
    }

    private UserRow named(String username) {
        return existing(users, username);
    }

    /** The user by this name, or the API's 404. */
    static UserRow existing(UserAdministration users, String username) {
        return users.row(username).orElseThrow(() -> Problem.notFound("No user named '" + username + "'."));
    }
}
