package org.twofold.web.signin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Redirects within the application from a Faces action. */
final class Navigation {

    private Navigation() {
    }

    /**
     * Redirects to {@code path} carrying this request's Faces messages (see
     * {@link CarriedMessages}; the page shows them in its view action). A form
     * that fails is shown again from a fresh GET, so its next post starts from a newly built
     * view: re-posting one view chain (a wrong code again and again) grew its saved state and
     * made every request slower.
     */
    static void redirectWithMessages(String path) {
        CarriedMessages.keep(FacesContext.getCurrentInstance());
        redirect(path);
    }

    static void redirect(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
