package org.twofold.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.service.account.AccountSecurity;
import org.twofold.web.i18n.Messages;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.SignInSession;

/**
 * The Desk's recovery codes: how many are left, new ones (with the password again), and a new
 * set shown until the user says it is saved.
 */
@Named
@RequestScoped
public class RecoveryCodesBean {

    /** At or below this many unused codes the Desk warns. */
    static final long FEW_LEFT = 3;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountSecurity account;

    private String password;
    private Long unused;

    public long getUnused() {
        if (unused == null) {
            unused = securityContext.getCallerPrincipal() == null ? 0
                    : account.unusedRecoveryCodes(securityContext.getCallerPrincipal().getName());
        }
        return unused;
    }

    public boolean isFewLeft() {
        return getUnused() <= FEW_LEFT;
    }

    /** The codes just created, shown in full until dismissed. */
    public List<String> getNewCodes() {
        return SignInSession.recoveryCodesToShow(request());
    }

    public void create() {
        String typed = password;
        password = null;
        Optional<List<String>> codes = account.replaceRecoveryCodes(securityContext.getCallerPrincipal().getName(), typed,
                ClientAddress.of(request()), Instant.now());
        if (codes.isEmpty()) {
            Messages.error("recovery.passwordRefused");
            return;
        }
        SignInSession.keepRecoveryCodesToShow(request(), codes.get());
        unused = null;
        Messages.info("recovery.created");
    }

    public void saved() {
        SignInSession.forgetRecoveryCodesToShow(request());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getPassword() {
        return null; // never rendered back into the page
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
