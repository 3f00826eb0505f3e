package org.twofold.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.twofold.service.account.DeskView;
import org.twofold.service.account.OwnRecoveryCodes;
import org.twofold.service.factor.RecoveryCodesToShow;
import org.twofold.web.security.SignInSession;

/**
 * Recovery codes on the Desk and the Security page: how many are left, and a new set shown
 * until the user says it is saved (new ones are made on the Security page).
 */
@Named
@RequestScoped
public class RecoveryCodesBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private OwnRecoveryCodes recoveryCodes;

    @Inject
    private RecoveryCodesToShow codesToShow;

    private Long unused;

    public long getUnused() {
        if (unused == null) {
            unused = securityContext.getCallerPrincipal() == null ? 0
                    : recoveryCodes.unused(securityContext.getCallerPrincipal().getName());
        }
        return unused;
    }

    public boolean isFewLeft() {
        return getUnused() <= DeskView.FEW_RECOVERY_CODES;
    }

    /** The codes just created, shown in full until dismissed. */
    public List<String> getNewCodes() {
        // Not kept for the request: the Security page asks before and after it makes new ones.
        return SignInSession.recoveryCodesToShow(request()).map(codesToShow::open).orElse(List.of());
    }

    public void saved() {
        SignInSession.forgetRecoveryCodesToShow(request());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
