package org.twofold.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.user.SupportedLanguage;
import org.twofold.service.account.DeskOverview;
import org.twofold.service.account.DeskView;
import org.twofold.service.account.PasskeyOffer;
import org.twofold.service.audit.AuditLine;
import org.twofold.service.signin.SignedInSessions;
import org.twofold.service.user.SignedInUser;
import org.twofold.web.i18n.Languages;
import org.twofold.web.security.SignedInCaller;

/**
 * The home page after signing in: who you are, your roles, your recent activity (sign out:
 * SignOutBean). The person is the one the mechanism checked for this request; the rest is read
 * once, in one transaction ({@link DeskOverview}).
 */
@Named
@RequestScoped
public class DeskBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignedInCaller caller;

    @Inject
    private SignedInSessions sessions;

    @Inject
    private DeskOverview overview;

    @Inject
    private PasskeyOffer passkeyOffer;

    private Optional<SignedInUser> user;
    private DeskView view;
    private boolean offerDismissed;

    public SignedInUser getUser() {
        if (user == null) {
            user = caller.get().or(() -> securityContext.getCallerPrincipal() == null ? Optional.empty()
                    : sessions.signedInUser(securityContext.getCallerPrincipal().getName()));
        }
        return user.orElse(null);
    }

    private DeskView view() {
        if (view == null) {
            SignedInUser person = getUser();
            view = person == null ? DeskView.NOBODY : overview.of(person.username(), Instant.now());
        }
        return view;
    }

    /** Days left to set up an authenticator app, for a user who put it off; 0 otherwise. */
    public long getGraceDaysLeft() {
        return view().graceDaysLeft();
    }

    /** Whether the Desk offers to add a passkey (its script shows the offer only where the browser can make one). */
    public boolean isPasskeyOffered() {
        return !offerDismissed && view().passkeyOffered();
    }

    /** "Not now": the offer is not made again. */
    public void dismissPasskeyOffer() {
        SignedInUser person = getUser();
        if (person != null) {
            passkeyOffer.dismiss(person.username(), Instant.now());
        }
        offerDismissed = true;
    }

    public List<AuditLine> getRecentActivity() {
        return view().recentActivity();
    }

    /**
     * The language the person chose on their Security page, in this browser too: the Desk is
     * where every sign-in lands, so a new browser learns the choice there (a cookie).
     */
    public void applyChosenLanguage() {
        SupportedLanguage chosen = view().language();
        if (chosen == null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(chosen.locale());
        Object current = context.getExternalContext().getRequestCookieMap().get(Languages.COOKIE);
        if (!(current instanceof Cookie cookie) || !chosen.tag().equals(cookie.getValue())) {
            ((HttpServletResponse) context.getExternalContext().getResponse())
                    .addCookie(Languages.cookie(chosen, (HttpServletRequest) context.getExternalContext().getRequest()));
        }
    }

    public long getRecoveryCodesLeft() {
        return view().unusedRecoveryCodes();
    }

    public boolean isFewRecoveryCodesLeft() {
        return view().fewRecoveryCodesLeft();
    }
}
