package org.twofold.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.twofold.web.i18n.Messages;

/**
 * A message for the page a sign-in step redirects to, kept in the HTTP session by its bundle
 * key and shown once by that page. (The Flash would need a cookie, which a redirect already
 * sent cannot carry.)
 */
public final class CarriedMessages {

    private static final String ATTRIBUTE = "twofold.carriedMessages";

    private record Carried(boolean error, String key) implements Serializable {
    }

    private CarriedMessages() {
    }

    /** Keeps an error message (a key of the messages bundle) for the next page. */
    public static void carryError(HttpServletRequest request, String key) {
        carry(request, new Carried(true, key));
    }

    /** Keeps an information message (a key of the messages bundle) for the next page. */
    public static void carryInfo(HttpServletRequest request, String key) {
        carry(request, new Carried(false, key));
    }

    private static void carry(HttpServletRequest request, Carried message) {
        HttpSession session = request.getSession(true);
        ArrayList<Carried> carried = new ArrayList<>();
        if (session.getAttribute(ATTRIBUTE) instanceof List<?> earlier) {
            earlier.forEach(item -> carried.add((Carried) item));
        }
        carried.add(message);
        session.setAttribute(ATTRIBUTE, carried);
    }

    /** Shows the messages a previous request kept, once. */
    public static void restore(FacesContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof List<?> carried)) {
            return;
        }
        session.removeAttribute(ATTRIBUTE);
        for (Object item : carried) {
            Carried message = (Carried) item;
            context.addMessage(null, new FacesMessage(message.error() ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO,
                    Messages.text(message.key()), null));
        }
    }
}
