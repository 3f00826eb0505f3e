package org.twofold.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.twofold.domain.user.User;
import org.twofold.web.i18n.Messages;
import org.twofold.web.security.SignInOutcome;
import org.twofold.web.security.SignInPages;
import org.twofold.web.security.SignInSession;

/** The password step. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    private static final String TYPED_USERNAME = "twofold.typedUsername";

    private String username;
    private String password;

    /** A signed-in user who opens the login page goes to the Desk. */
    public void redirectIfSignedIn() {
        if (SignInSession.username(request()).isPresent()) {
            Navigation.redirect(SignInPages.DESK);
            return;
        }
        CarriedMessages.restore(FacesContext.getCurrentInstance());
        HttpSession session = request().getSession(false);
        if (session != null && session.getAttribute(TYPED_USERNAME) instanceof String typed) {
            session.removeAttribute(TYPED_USERNAME); // shown again in the field, once
            username = typed;
        }
    }

    public void signIn() {
        UsernamePasswordCredential credential = new UsernamePasswordCredential(username.trim(), new Password(password));
        password = null;
        AuthenticationCall.authenticate(securityContext, credential).ifPresent(outcome -> {
            switch (outcome) {
                case SIGNED_IN -> Navigation.redirect(SignInSession.takeReturnTo(request()).orElse(SignInPages.DESK));
                case CODE_REQUIRED -> Navigation.redirect(SignInPages.CODE);
                case ENROLMENT_REQUIRED -> Navigation.redirect(SignInPages.ENROL);
                default -> showAgain(outcome);
            }
        });
    }

    /** A failed attempt: the sign-in page again from a fresh GET, with the message and the username. */
    private void showAgain(SignInOutcome outcome) {
        Messages.error(switch (outcome) {
            case LOCKED -> "signin.locked";
            case UNAVAILABLE -> "signin.unavailable";
            default -> "signin.invalid";
        });
        request().getSession(true).setAttribute(TYPED_USERNAME,
                username.length() > User.MAX_USERNAME_LENGTH ? username.substring(0, User.MAX_USERNAME_LENGTH) : username);
        Navigation.redirectWithMessages(SignInPages.LOGIN);
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
