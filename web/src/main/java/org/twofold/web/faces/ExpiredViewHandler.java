package org.twofold.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.primefaces.csp.CspException;
import org.twofold.web.i18n.Messages;

/**
 * A form posted after its view expired (session ended, server restarted) is not an error:
 * the same page opens again, fresh, with a message saying nothing was sent. A post whose
 * script nonce is not its page's (forged or tampered with: every form carries the right one)
 * is a bad request, answered 400 with the static page, not a 500.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            if (exception instanceof ViewExpiredException expired) {
                events.remove();
                reopen(expired.getViewId());
            } else if (causedByNonceMismatch(exception)) {
                events.remove();
                refuse();
            }
        }
        getWrapped().handle();
    }

    private static boolean causedByNonceMismatch(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static void refuse() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(400, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static void reopen(String viewId) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("expired.text"), null));
        try {
            external.redirect(external.getRequestContextPath() + (viewId == null ? "/login.xhtml" : viewId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
