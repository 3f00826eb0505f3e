package org.twofold.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Puts texts from the resource bundle on the page as Faces messages. */
public final class Messages {

    public static final String BUNDLE = "org.twofold.web.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() != null
                ? context.getViewRoot().getLocale()
                : context.getExternalContext().getRequestLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
