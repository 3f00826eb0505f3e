package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.twofold.service.RefusedException;
import org.twofold.service.backup.BackupManifest;
import org.twofold.service.backup.OnlineBackup;

/**
 * Online backups of the embedded database, in a folder on the server (TWOFOLD_BACKUP_DIR):
 * made while people sign in, and listed with what each one is.
 */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @Inject
    private OnlineBackup backups;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    public List<BackupManifest> list() throws IOException {
        return backups.list();
    }

    /** Makes a backup now; answers its manifest once it is complete. */
    @POST
    public Response backUp() throws RefusedException {
        BackupManifest made = backups.backUp(ApiActor.of(security, request), Instant.now());
        return Response.status(Response.Status.CREATED).entity(made).build();
    }
}
