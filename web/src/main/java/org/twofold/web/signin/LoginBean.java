package org.twofold.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import org.twofold.web.security.CarriedMessages;
import org.twofold.web.security.SignInPages;
import org.twofold.web.security.SignInSession;

/** The password step: the mechanism runs it and sends the browser on (see SignInRoutes). */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    private String username;
    private String password;

    /** A signed-in user who opens the login page goes to the Desk. */
    public void redirectIfSignedIn() {
        if (SignInSession.username(request()).isPresent()) {
            Navigation.redirect(SignInPages.DESK);
            return;
        }
        CarriedMessages.restore(FacesContext.getCurrentInstance());
        SignInSession.takeTypedUsername(request()).ifPresent(typed -> username = typed);
    }

    public void signIn() {
        UsernamePasswordCredential credential = new UsernamePasswordCredential(username.trim(), new Password(password));
        password = null;
        AuthenticationCall.authenticate(securityContext, credential);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null; // never rendered back into the page
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
