package org.twofold.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.config.Release;
import org.twofold.service.schema.SchemaVersion;

/**
 * The console's footer: the release and its database schema, and which node served the page
 * (TWOFOLD_NODE_NAME), for IT running several.
 */
@Named
@ApplicationScoped
public class ConsoleFooter {

    @Inject
    private DeploymentConfig deployment;

    @Inject
    private SchemaVersion schema;

    /** Read once: a node runs on the schema it migrated to at start (a newer one stops it starting). */
    private volatile String schemaVersion;

    public String getNodeName() {
        return deployment.nodeName();
    }

    public String getRelease() {
        return Release.number();
    }

    public String getSchemaVersion() {
        if (schemaVersion == null) {
            schemaVersion = schema.current();
        }
        return schemaVersion;
    }
}
