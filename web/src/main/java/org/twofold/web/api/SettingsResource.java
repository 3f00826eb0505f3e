package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twofold.domain.settings.SettingsPatch;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.service.RefusedException;
import org.twofold.service.settings.SettingsService;

/** System settings by name, as in the console: read all or one, change some (PATCH). */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    private SettingsService settings;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    public Map<String, Object> all() {
        return settings.current().summary();
    }

    @GET
    @Path("{name}")
    public Map<String, Object> one(@PathParam("name") String name) {
        Map<String, Object> all = settings.current().summary();
        if (!all.containsKey(name)) {
            throw Problem.notFound("No setting named '" + name + "'.");
        }
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(name, all.get(name));
        return one;
    }

    /**
     * Changes the named settings, all or none: {@code {"twoFactorEnabled": false}}. Each value
     * is of its setting's JSON type (a boolean, a whole number, a string, an array of method
     * names); any other is refused, naming the setting, and changes nothing.
     */
    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> change(Map<String, Object> values) throws RefusedException {
        if (values == null || values.isEmpty()) {
            throw new RefusedException("api.settings.empty");
        }
        SystemSettings edited = settings.editableCopy();
        List<String> unparsed = SettingsPatch.apply(edited, values);
        if (!unparsed.isEmpty()) {
            throw new RefusedException(unparsed);
        }
        settings.save(edited, ApiActor.of(security, request));
        return settings.current().summary();
    }
}
