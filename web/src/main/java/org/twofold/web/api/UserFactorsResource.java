package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.RefusedException;
import org.twofold.service.account.AccountOverview;
import org.twofold.service.account.AccountOverviews;
import org.twofold.service.useradmin.UserAdministration;
import org.twofold.service.useradmin.UserFactorAdministration;
import org.twofold.service.useradmin.UserPasskeyAdministration;

/** A user's second factors, as the console's factors panel shows them, each removable (even the last). */
@Path("users/{username}/factors")
@Produces(MediaType.APPLICATION_JSON)
public class UserFactorsResource {

    /** Apps, passkeys and masked email/SMS factors, and what else the sign-in may use. */
    public record Factors(String secondStep, String method, List<AccountOverview.App> apps,
                          List<AccountOverview.Passkey> passkeys, List<AccountOverview.Contact> contacts,
                          long recoveryCodesLeft, int rememberedBrowsers) {
    }

    @Inject
    private UserAdministration users;

    @Inject
    private UserFactorAdministration factorAdministration;

    @Inject
    private UserPasskeyAdministration passkeyAdministration;

    @Inject
    private AccountOverviews overviews;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    public Factors list(@PathParam("username") String username) {
        AccountOverview overview = overviews.of(UsersResource.existing(users, username).username(), Instant.now())
                .orElseThrow(() -> Problem.notFound("No user named '" + username + "'."));
        return new Factors(overview.secondStep().name(), overview.method().name(), overview.apps(), overview.passkeys(),
                overview.contacts(),
                overview.recoveryCodesLeft(), overview.browsers().size());
    }

    @DELETE
    @Path("apps/{id}")
    public Response removeApp(@PathParam("username") String username, @PathParam("id") long appId)
            throws RefusedException {
        factorAdministration.removeApp(UsersResource.existing(users, username).id(), appId, ApiActor.of(security, request));
        return Response.noContent().build();
    }

    @DELETE
    @Path("passkeys/{id}")
    public Response removePasskey(@PathParam("username") String username, @PathParam("id") long passkeyId)
            throws RefusedException {
        passkeyAdministration.remove(UsersResource.existing(users, username).id(), passkeyId, ApiActor.of(security, request));
        return Response.noContent().build();
    }

    /** Removes the user's email ({@code email}) or SMS ({@code sms}) factor. */
    @DELETE
    @Path("{channel: email|sms}")
    public Response removeContact(@PathParam("username") String username, @PathParam("channel") String channel)
            throws RefusedException {
        factorAdministration.removeContact(UsersResource.existing(users, username).id(),
                TwoFactorMethod.valueOf(channel.toUpperCase(Locale.ROOT)), ApiActor.of(security, request));
        return Response.noContent().build();
    }
}
