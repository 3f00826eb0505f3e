package org.twofold.web.signin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Faces messages carried across a redirect, in the HTTP session, and shown once by the page
 * redirected to. (The Flash would need a cookie, which a redirect already sent cannot carry.)
 */
final class CarriedMessages {

    private static final String ATTRIBUTE = "twofold.carriedMessages";

    private record Carried(boolean error, String text) implements Serializable {
    }

    private CarriedMessages() {
    }

    /** Keeps this request's messages for the next page. */
    static void keep(FacesContext context) {
        ArrayList<Carried> carried = new ArrayList<>();
        for (FacesMessage message : context.getMessageList()) {
            carried.add(new Carried(message.getSeverity() == FacesMessage.SEVERITY_ERROR, message.getSummary()));
        }
        request(context).getSession(true).setAttribute(ATTRIBUTE, carried);
    }

    /** Shows the messages a previous request kept, once. */
    @SuppressWarnings("unchecked")
    static void restore(FacesContext context) {
        HttpSession session = request(context).getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof List<?> carried)) {
            return;
        }
        session.removeAttribute(ATTRIBUTE);
        for (Carried message : (List<Carried>) carried) {
            context.addMessage(null, new FacesMessage(
                    message.error() ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, message.text(), null));
        }
    }

    private static HttpServletRequest request(FacesContext context) {
        return (HttpServletRequest) context.getExternalContext().getRequest();
    }
}
