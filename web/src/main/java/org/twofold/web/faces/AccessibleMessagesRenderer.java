package org.twofold.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with the alert on the box of each severity rather than on each list item:
 * a {@code <li role="alert">} is no list item any more, so screen readers (and axe-core) find a
 * list of no items. The box says "alert" once; the list inside stays a list.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages uiMessages, String severity, List<FacesMessage> messages)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AlertOnTheBox(original));
        try {
            super.encodeMessages(context, uiMessages, severity, messages);
        } finally {
            context.setResponseWriter(original);
        }
    }

    /** Drops the role of each {@code li}, and gives the severity's box the role alert. */
    private static final class AlertOnTheBox extends ResponseWriterWrapper {

        private String element;

        AlertOnTheBox(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
            if ("div".equals(element) && "class".equals(name) && String.valueOf(value).startsWith(Messages.SEVERITY_PREFIX_CLASS)) {
                super.writeAttribute("role", "alert", null);
            }
        }
    }
}
