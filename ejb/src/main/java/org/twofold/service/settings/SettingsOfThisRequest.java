package org.twofold.service.settings;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;
import org.twofold.domain.settings.SystemSettings;

/**
 * The settings as this request first read them. A sign-in's request asks for them in half a
 * dozen services; one read serves them all, and the next request, on any node, reads again, so a
 * setting saved anywhere holds from the next request on (no cache to invalidate).
 */
@RequestScoped
public class SettingsOfThisRequest {

    private SystemSettings read;

    SystemSettings get(Supplier<SystemSettings> reader) {
        if (read == null) {
            read = reader.get();
        }
        return read;
    }

    /**
     * After a save, or a change to the row by other means within this request (a test's
     * fixture): the rest of the request reads the row again.
     */
    public void forget() {
        read = null;
    }
}
