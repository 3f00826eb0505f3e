package org.twofold.service.oidc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.twofold.service.config.DeploymentConfig;

/**
 * Where the applications find Twofold: its issuer, the public address without the trailing slash
 * (OpenID Connect Discovery §3), and each endpoint under it.
 */
@Stateless
public class ProviderAddress {

    @Inject
    private DeploymentConfig deployment;

    public String id() {
        String url = deployment.publicUrl();
        return url.substring(0, url.length() - 1);
    }

    /** The address of one of Twofold's endpoints, e.g. {@code /oidc/token}. */
    public String endpoint(String path) {
        return id() + path;
    }
}
