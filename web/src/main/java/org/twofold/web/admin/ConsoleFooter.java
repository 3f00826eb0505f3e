package org.twofold.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.twofold.service.config.DeploymentConfig;

/** The console's footer: which node served the page (TWOFOLD_NODE_NAME), for IT running several. */
@Named
@ApplicationScoped
public class ConsoleFooter {

    @Inject
    private DeploymentConfig deployment;

    public String getNodeName() {
        return deployment.nodeName();
    }
}
