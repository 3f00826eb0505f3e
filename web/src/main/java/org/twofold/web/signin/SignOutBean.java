package org.twofold.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.twofold.service.signin.SignedInSessions;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.SignInPages;
import org.twofold.web.security.SignInSession;

/** "Sign out", on the Desk and in the console: audited, and the session ends on the server. */
@Named
@RequestScoped
public class SignOutBean {

    @Inject
    private SignedInSessions sessions;

    public void signOut() throws ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignInSession.username(request).ifPresent(username -> sessions.recordSignOut(username, ClientAddress.of(request)));
        request.logout();
        external.invalidateSession();
        Navigation.redirect(SignInPages.LOGIN + "?signedOut=true");
    }
}
