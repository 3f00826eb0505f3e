package org.twofold.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.twofold.service.config.DeploymentConfig;

/** Whether the console shows its red break-glass banner on every page. */
@Named
@ApplicationScoped
public class BreakGlassBanner {

    @Inject
    private DeploymentConfig deployment;

    public boolean isShown() {
        return deployment.breakGlass();
    }
}
