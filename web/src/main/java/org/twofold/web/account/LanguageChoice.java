package org.twofold.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.user.SupportedLanguage;
import org.twofold.service.RefusedException;
import org.twofold.service.account.OwnLanguage;
import org.twofold.web.i18n.Languages;
import org.twofold.web.i18n.Messages;

/**
 * The Security page's language: the person's choice for their pages, emails and SMS, kept on
 * their record; this browser follows at once, others at their next sign-in (the Desk). Not a
 * security change, so no password confirmation.
 */
@Named
@RequestScoped
public class LanguageChoice {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private OwnLanguage ownLanguage;

    private String tag;

    /** The chosen language's tag; "" for "as my browser says". */
    public String getTag() {
        if (tag == null) {
            tag = ownLanguage.of(username()).map(SupportedLanguage::tag).orElse("");
        }
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public List<SupportedLanguage> getLanguages() {
        return List.of(SupportedLanguage.values());
    }

    public void save() {
        try {
            ownLanguage.choose(username(), tag);
        } catch (RefusedException refused) {
            Messages.error(refused.problems().get(0));
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        Optional<SupportedLanguage> chosen = SupportedLanguage.of(tag);
        if (chosen.isPresent()) {
            response.addCookie(Languages.cookie(chosen.get(), request));
            context.getViewRoot().setLocale(chosen.get().locale());
        } else {
            Cookie forget = Languages.cookie(SupportedLanguage.EN, request);
            forget.setMaxAge(0);
            response.addCookie(forget);
            context.getViewRoot().setLocale(context.getApplication().getViewHandler().calculateLocale(context));
        }
        Messages.info("security.language.saved");
    }

    private String username() {
        return securityContext.getCallerPrincipal().getName();
    }
}
