package org.twofold.web.i18n;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/** A page's language: the person's choice (the language cookie) first, else the browser's Accept-Language. */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object cookie = context.getExternalContext().getRequestCookieMap().get(Languages.COOKIE);
        if (cookie instanceof Cookie chosen) {
            return Languages.supported(chosen.getValue()).orElseGet(() -> getWrapped().calculateLocale(context));
        }
        return getWrapped().calculateLocale(context);
    }
}
