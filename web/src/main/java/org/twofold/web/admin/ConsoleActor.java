package org.twofold.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.web.i18n.Messages;
import org.twofold.web.security.ClientAddress;

/** The signed-in administrator of this request, for the audit log, and how refusals reach the page. */
@RequestScoped
public class ConsoleActor {

    @Inject
    private SecurityContext securityContext;

    public Actor actor() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return new Actor(securityContext.getCallerPrincipal().getName(), ClientAddress.of(request));
    }

    /** Puts each problem of a refused change on the page. */
    public static void show(RefusedException refused) {
        refused.problems().forEach(Messages::error);
    }
}
