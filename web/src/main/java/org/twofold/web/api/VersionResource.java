package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.config.Release;
import org.twofold.service.schema.SchemaVersion;

/** Which release answers, on which database schema, from which node: what IT checks after an upgrade. */
@Path("version")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

    public record Version(String release, String schema, String node) {
    }

    @Inject
    private SchemaVersion schema;

    @Inject
    private DeploymentConfig deployment;

    @GET
    public Version version() {
        return new Version(Release.number(), schema.current(), deployment.nodeName());
    }
}
