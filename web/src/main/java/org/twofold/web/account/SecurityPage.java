package org.twofold.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.account.AccountChange;
import org.twofold.service.account.AccountOverview;
import org.twofold.service.account.AccountOverviews;
import org.twofold.service.account.OwnApps;
import org.twofold.service.account.OwnBrowsers;
import org.twofold.service.account.OwnContacts;
import org.twofold.service.account.OwnRecoveryCodes;
import org.twofold.service.account.OwnSecondStep;
import org.twofold.service.account.PasswordConfirmation;
import org.twofold.service.challenge.DeliveryView;
import org.twofold.service.factor.EnrolmentDetails;
import org.twofold.web.i18n.Messages;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.SignInSession;

/**
 * Account > Security: the user's second step and its default, apps, email and SMS factors,
 * remembered browsers and recovery codes.
 * Changes need the password confirmed on this page within the last five minutes; the session
 * keeps when, the service decides whether that is recent enough.
 */
@Named
@RequestScoped
public class SecurityPage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountOverviews overviews;

    @Inject
    private PasswordConfirmation confirmation;

    @Inject
    private OwnRecoveryCodes recoveryCodes;

    @Inject
    private OwnApps apps;

    @Inject
    private OwnContacts contacts;

    @Inject
    private OwnSecondStep secondStep;

    @Inject
    private OwnBrowsers browsers;

    private String password;
    private boolean justConfirmed;
    private String code;
    private String emailDestination;
    private String smsDestination;
    private AccountOverview overview;
    private EnrolmentDetails newApp;
    private final Map<String, Optional<DeliveryView>> beingAdded = new HashMap<>();

    public AccountOverview getOverview() {
        if (overview == null) {
            overview = overviews.of(username(), Instant.now()).orElse(null);
        }
        return overview;
    }

    /** Whether changes are possible now without confirming the password again. */
    public boolean isConfirmed() {
        return PasswordConfirmation.recentlyConfirmed(SecurityPageSession.passwordConfirmedAt(request()), Instant.now());
    }

    /** Whether this request confirmed the password: its message then says what the page's note would. */
    public boolean isJustConfirmed() {
        return justConfirmed;
    }

    public void confirmPassword() {
        String typed = password;
        password = null;
        Instant now = Instant.now();
        if (confirmation.confirm(username(), typed, ClientAddress.of(request()), now)) {
            SecurityPageSession.passwordConfirmed(request(), now);
            justConfirmed = true;
            Messages.info("security.confirmed");
        } else {
            Messages.error("security.passwordRefused");
        }
    }

    public void createRecoveryCodes() {
        Optional<KeyRing.Sealed> codes = recoveryCodes.replaceToShow(username(), SecurityPageSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now());
        if (codes.isEmpty()) {
            Messages.error("security.confirmFirst");
            return;
        }
        SignInSession.keepRecoveryCodesToShow(request(), codes.get());
        overview = null;
        Messages.info("recovery.created");
    }

    /** The app being added, for its QR code and key; null when none is. */
    public EnrolmentDetails getNewApp() {
        if (newApp == null) {
            newApp = SecurityPageSession.newAppId(request()).flatMap(id -> apps.details(username(), id)).orElse(null);
        }
        return newApp;
    }

    public void startAddingApp() {
        Optional<Long> id = apps.start(username(), SecurityPageSession.passwordConfirmedAt(request()), Instant.now());
        if (id.isEmpty()) {
            Messages.error(isConfirmed() ? "security.appsNotAllowed" : "security.confirmFirst");
            return;
        }
        SecurityPageSession.newApp(request(), id.get());
        newApp = null;
    }

    public void confirmNewApp() {
        String typed = code;
        code = null;
        Optional<Long> id = SecurityPageSession.newAppId(request());
        AccountChange change = id.map(appId -> apps.confirm(username(), appId, typed,
                        SecurityPageSession.passwordConfirmedAt(request()), ClientAddress.of(request()), Instant.now()))
                .orElse(AccountChange.NOT_FOUND);
        if (change == AccountChange.DONE || change == AccountChange.NOT_FOUND) {
            SecurityPageSession.newApp(request(), null);
        }
        tell(change, "security.appAdded");
    }

    public void cancelNewApp() {
        SecurityPageSession.newApp(request(), null);
        newApp = null;
    }

    public void removeApp(long id) {
        tell(apps.remove(username(), id, SecurityPageSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.appRemoved");
    }

    /** Sends a code to the chosen address ({@code EMAIL}) or number ({@code SMS}) to add it as a factor. */
    public void sendContactCode(String method) {
        String destination = "EMAIL".equals(method) ? emailDestination : smsDestination;
        if (destination == null || destination.isBlank()) {
            Messages.error("security.chooseDestination");
            return;
        }
        AccountChange change = contacts.start(username(), TwoFactorMethod.valueOf(method), destination,
                SecurityPageSession.passwordConfirmedAt(request()), ClientAddress.of(request()), Instant.now());
        overview = null;
        beingAdded.clear();
        if (change != AccountChange.DONE) {
            Messages.error("security.change." + change.name());
        }
    }

    /** Where the code for the address or number being added went; null when none is being added. */
    public DeliveryView beingAdded(String method) {
        return beingAdded.computeIfAbsent(method,
                m -> contacts.beingAdded(username(), TwoFactorMethod.valueOf(m))).orElse(null);
    }

    /** Whether the admin allows the method and the user has an address or number to add. */
    public boolean canAdd(String method) {
        AccountOverview o = getOverview();
        TwoFactorMethod wanted = TwoFactorMethod.valueOf(method);
        return o != null && o.allowedMethods().contains(wanted)
                && !(wanted == TwoFactorMethod.EMAIL ? o.ownEmails() : o.ownPhones()).isEmpty();
    }

    public void confirmContact(String method) {
        String typed = code;
        code = null;
        tell(contacts.confirm(username(), TwoFactorMethod.valueOf(method), typed,
                SecurityPageSession.passwordConfirmedAt(request()), ClientAddress.of(request()), Instant.now()), "security.contactAdded");
    }

    public void removeContact(String method) {
        tell(contacts.remove(username(), TwoFactorMethod.valueOf(method), SecurityPageSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.contactRemoved");
    }

    public void makeDefault(String method) {
        tell(secondStep.makeDefault(username(), TwoFactorMethod.valueOf(method), SecurityPageSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.defaultChanged");
    }

    public void chooseSecondStep(boolean on) {
        tell(secondStep.choose(username(), on, SecurityPageSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), on ? "security.switchedOn" : "security.switchedOff");
    }

    public void forgetBrowser(long id) {
        tell(browsers.forget(username(), id, SecurityPageSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.browserForgotten");
    }

    public void forgetAllBrowsers() {
        tell(browsers.forgetAll(username(), SecurityPageSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.browsersForgotten");
    }

    private void tell(AccountChange change, String doneKey) {
        overview = null;
        newApp = null;
        beingAdded.clear();
        if (change == AccountChange.DONE) {
            Messages.info(doneKey);
        } else {
            Messages.error("security.change." + change.name());
        }
    }

    private String username() {
        return securityContext.getCallerPrincipal().getName();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getCode() {
        return null; // never rendered back into the page
    }

    public void setCode(String code) {
        this.code = code;
    }

    /**
     * The address to add as a factor: the person's pick, else the recommended one, an address
     * other than their main one, so that one mailbox does not hold both password resets and codes.
     */
    public String getEmailDestination() {
        return emailDestination != null ? emailDestination : recommended(getOverview().ownEmails(), 1);
    }

    public void setEmailDestination(String destination) {
        this.emailDestination = destination;
    }

    /** The number to add as a factor: the person's pick, else their main one. */
    public String getSmsDestination() {
        return smsDestination != null ? smsDestination : recommended(getOverview().ownPhones(), 0);
    }

    public void setSmsDestination(String destination) {
        this.smsDestination = destination;
    }

    private static String recommended(List<String> own, int preferred) {
        return own.isEmpty() ? null : own.get(Math.min(preferred, own.size() - 1));
    }

    public String getPassword() {
        return null; // never rendered back into the page
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
