package org.twofold.web.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.twofold.domain.audit.AuditEvent;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.signin.SignInService;
import org.twofold.service.signin.SignedInUser;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.SignInPages;

/** The home page after signing in: who you are, your roles, your recent activity, sign out. */
@Named
@RequestScoped
public class DeskBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInService signIn;

    @Inject
    private AuditLog audit;

    private SignedInUser user;

    @PostConstruct
    void load() {
        if (securityContext.getCallerPrincipal() != null) {
            user = signIn.stillSignedIn(securityContext.getCallerPrincipal().getName()).orElse(null);
        }
    }

    public SignedInUser getUser() {
        return user;
    }

    public List<AuditEvent> getRecentActivity() {
        return user == null ? List.of() : audit.recentOf(user.username(), 10);
    }

    public void signOut() throws ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (user != null) {
            signIn.recordSignOut(user.username(), ClientAddress.of(request));
        }
        request.logout();
        external.invalidateSession();
        Navigation.redirect(SignInPages.LOGIN + "?signedOut=true");
    }
}
