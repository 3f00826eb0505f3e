package org.twofold.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.twofold.web.security.ApiKeyAuthentication;

/** The REST API's root; its resources and providers are found by scanning this module. */
@ApplicationPath(ApiKeyAuthentication.API_PATH)
public class ApiApplication extends Application {
}
