package org.twofold.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.twofold.service.oidc.ForwardAuthorization;
import org.twofold.service.signin.PasskeyPrompts;
import org.twofold.web.security.CarriedMessages;
import org.twofold.web.security.PasswordlessCredential;
import org.twofold.web.security.SignInPages;
import org.twofold.web.security.SignInSession;
import org.twofold.web.security.StepUp;

/** The password step: the mechanism runs it and sends the browser on (see SignInRoutes). */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private ForwardAuthorization forward;

    @Inject
    private PasskeyPrompts passkeyPrompts;

    private String username;
    private String password;
    private String passkeyAnswer;
    private Boolean passkeyOffered;

    /**
     * A signed-in user who opens the login page goes to the Desk, or back to the site behind
     * the reverse proxy that sent them ({@code rd}), once their sign-in is enough for it.
     */
    public void redirectIfSignedIn() throws IOException, ServletException {
        HttpServletRequest request = request();
        String returnTo = request.getParameter("rd");
        if (returnTo != null && forward.mayReturnTo(returnTo)) {
            SignInSession.rememberReturnToSite(request, returnTo);
        }
        if (SignInSession.username(request).isPresent() && request.getUserPrincipal() != null) {
            Optional<String> site = SignInSession.takeReturnToSite(request);
            if (site.isEmpty()) {
                Navigation.redirect(SignInPages.DESK);
            } else if (forward.enoughFor(site.get(), SignInSession.secondStepDone(request))) {
                FacesContext.getCurrentInstance().getExternalContext().redirect(site.get());
            } else {
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                StepUp.toSite(request, (HttpServletResponse) external.getResponse(), securityContext, site.get());
                FacesContext.getCurrentInstance().responseComplete();
            }
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

    /** Whether the page offers "Sign in with a passkey" (the administrator allows a passkey alone). */
    public boolean isPasskeyOffered() {
        if (passkeyOffered == null) {
            passkeyOffered = passkeyPrompts.passwordlessOffered();
        }
        return passkeyOffered;
    }

    /** A passkey instead of the username and password; the page's script put its answer in the form. */
    public void signInWithPasskey() {
        String answer = passkeyAnswer;
        passkeyAnswer = null;
        AuthenticationCall.authenticate(securityContext, new PasswordlessCredential(answer));
    }

    public String getPasskeyAnswer() {
        return null; // never rendered back into the page
    }

    public void setPasskeyAnswer(String passkeyAnswer) {
        this.passkeyAnswer = passkeyAnswer;
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
