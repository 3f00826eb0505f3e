package org.twofold.example;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

/**
 * Where Twofold is and who this application is to it, from the environment:
 * {@code TWOFOLD_PROVIDER_URI} (Twofold's public address), {@code TWOFOLD_CLIENT_SECRET},
 * {@code TWOFOLD_CLIENT_ID} (without one, the application is {@code intranet-} and its context
 * root, so one server can run it twice as two applications), and {@code APP_BASE_URL}, where
 * people reach this server.
 */
@Named
@ApplicationScoped
public class TwofoldSettings {

    @Inject
    private ServletContext context;

    public String getProviderUri() {
        return environment("TWOFOLD_PROVIDER_URI", "https://localhost:9443");
    }

    public String getClientId() {
        return environment("TWOFOLD_CLIENT_ID", "intranet-" + context.getContextPath().replaceAll("[^a-z0-9]", ""));
    }

    public String getClientSecret() {
        return environment("TWOFOLD_CLIENT_SECRET", "");
    }

    /** Where Twofold sends the browser after signing out: registered with Twofold as the post-logout address. */
    public String getAfterSignOut() {
        return environment("APP_BASE_URL", "http://localhost:9080") + context.getContextPath() + "/signed-out.html";
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
