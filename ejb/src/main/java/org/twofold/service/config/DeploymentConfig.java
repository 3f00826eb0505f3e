package org.twofold.service.config;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What IT sets per deployment. Paths come from Liberty server variables (resolved in
 * server.xml); the rest from MicroProfile Config, so environment variables such as
 * TWOFOLD_ENCRYPTION_KEY or TWOFOLD_ADMIN_PASSWORD override them.
 */
@Singleton
public class DeploymentConfig {

    @Resource(lookup = "twofold/dataDir")
    private String dataDir;

    @Resource(lookup = "twofold/publicUrl")
    private String publicUrl;

    public Path dataDirectory() {
        return Path.of(dataDir);
    }

    /** The address people use to reach Twofold, ending in a slash. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    public Optional<String> encryptionKey() {
        return value("twofold.encryption.key");
    }

    public Optional<String> initialAdminPassword() {
        return value("twofold.admin.password");
    }

    public Optional<String> initialAdminEmail() {
        return value("twofold.admin.email");
    }

    private static Optional<String> value(String name) {
        Config config = ConfigProvider.getConfig(DeploymentConfig.class.getClassLoader());
        return config.getOptionalValue(name, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }
}
