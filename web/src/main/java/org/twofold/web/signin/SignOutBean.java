package org.twofold.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.twofold.service.oidc.BackChannelLogout;
import org.twofold.service.signin.SignedInSessions;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.SignInPages;
import org.twofold.web.security.SignInSession;

/**
 * "Sign out", on the Desk and in the console: audited, the session ends on the server, and the
 * applications it signed in to hear of it (back-channel logout).
 */
@Named
@RequestScoped
public class SignOutBean {

    @Inject
    private SignedInSessions sessions;

    @Inject
    private BackChannelLogout backChannel;

    public void signOut() throws ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<String> username = SignInSession.username(request);
        Optional<Instant> signedInAt = SignInSession.signedInAt(request);
        username.ifPresent(name -> sessions.recordSignOut(name, ClientAddress.of(request)));
        request.logout();
        external.invalidateSession();
        if (username.isPresent() && signedInAt.isPresent()) {
            backChannel.signInEnded(username.get(), signedInAt.get());
        }
        Navigation.redirect(SignInPages.LOGIN + "?signedOut=true");
    }
}
