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
import org.twofold.service.account.AccountChange;
import org.twofold.service.account.AccountOverview;
import org.twofold.service.account.AccountSecurity;
import org.twofold.domain.settings.TwoFactorMethod;
import org.twofold.service.apikey.ApiKeyLine;
import org.twofold.service.apikey.NewApiKey;
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
    private AccountSecurity account;

    private String password;
    private String code;
    private String destination;
    private String label;
    private List<ApiKeyLine> apiKeys;
    private NewApiKey newApiKey;
    private AccountOverview overview;
    private EnrolmentDetails newApp;
    private final Map<String, Optional<DeliveryView>> beingAdded = new HashMap<>();

    public AccountOverview getOverview() {
        if (overview == null) {
            overview = account.overview(username(), Instant.now()).orElse(null);
        }
        return overview;
    }

    /** Whether changes are possible now without confirming the password again. */
    public boolean isConfirmed() {
        return AccountSecurity.recentlyConfirmed(SignInSession.passwordConfirmedAt(request()), Instant.now());
    }

    public void confirmPassword() {
        String typed = password;
        password = null;
        Instant now = Instant.now();
        if (account.confirmPassword(username(), typed, ClientAddress.of(request()), now)) {
            SignInSession.passwordConfirmed(request(), now);
            Messages.info("security.confirmed");
        } else {
            Messages.error("security.passwordRefused");
        }
    }

    public void createRecoveryCodes() {
        Optional<List<String>> codes = account.replaceRecoveryCodes(username(), SignInSession.passwordConfirmedAt(request()),
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
            newApp = SignInSession.newAppId(request()).flatMap(id -> account.newAppDetails(username(), id)).orElse(null);
        }
        return newApp;
    }

    public void startAddingApp() {
        Optional<Long> id = account.startAddingApp(username(), SignInSession.passwordConfirmedAt(request()), Instant.now());
        if (id.isEmpty()) {
            Messages.error(isConfirmed() ? "security.appsNotAllowed" : "security.confirmFirst");
            return;
        }
        SignInSession.newApp(request(), id.get());
        newApp = null;
    }

    public void confirmNewApp() {
        String typed = code;
        code = null;
        Optional<Long> id = SignInSession.newAppId(request());
        AccountChange change = id.map(appId -> account.confirmNewApp(username(), appId, typed,
                        SignInSession.passwordConfirmedAt(request()), ClientAddress.of(request()), Instant.now()))
                .orElse(AccountChange.NOT_FOUND);
        if (change == AccountChange.DONE || change == AccountChange.NOT_FOUND) {
            SignInSession.newApp(request(), null);
        }
        tell(change, "security.appAdded");
    }

    public void cancelNewApp() {
        SignInSession.newApp(request(), null);
        newApp = null;
    }

    public void removeApp(long id) {
        tell(account.removeApp(username(), id, SignInSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.appRemoved");
    }

    /** Sends a code to the chosen address ({@code EMAIL}) or number ({@code SMS}) to add it as a factor. */
    public void sendContactCode(String method) {
        if (destination == null || destination.isBlank()) {
            Messages.error("security.chooseDestination");
            return;
        }
        AccountChange change = account.startAddingContact(username(), TwoFactorMethod.valueOf(method), destination,
                SignInSession.passwordConfirmedAt(request()), ClientAddress.of(request()), Instant.now());
        overview = null;
        beingAdded.clear();
        if (change != AccountChange.DONE) {
            Messages.error("security.change." + change.name());
        }
    }

    /** Where the code for the address or number being added went; null when none is being added. */
    public DeliveryView beingAdded(String method) {
        return beingAdded.computeIfAbsent(method,
                m -> account.contactBeingAdded(username(), TwoFactorMethod.valueOf(m))).orElse(null);
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
        tell(account.confirmContact(username(), TwoFactorMethod.valueOf(method), typed,
                SignInSession.passwordConfirmedAt(request()), ClientAddress.of(request()), Instant.now()), "security.contactAdded");
    }

    public void removeContact(String method) {
        tell(account.removeContact(username(), TwoFactorMethod.valueOf(method), SignInSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.contactRemoved");
    }

    public void makeDefault(String method) {
        tell(account.makeDefault(username(), TwoFactorMethod.valueOf(method), SignInSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.defaultChanged");
    }

    public void chooseSecondStep(boolean on) {
        tell(account.chooseSecondStep(username(), on, SignInSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), on ? "security.switchedOn" : "security.switchedOff");
    }

    /** The user's API keys; the API answers administrators' keys. */
    public List<ApiKeyLine> getApiKeys() {
        if (apiKeys == null) {
            apiKeys = account.apiKeys(username());
        }
        return apiKeys;
    }

    /** The key just made, shown on this one answer only; null otherwise. */
    public NewApiKey getNewApiKey() {
        return newApiKey;
    }

    public void createApiKey() {
        Optional<NewApiKey> key = account.createApiKey(username(), label, SignInSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now());
        label = null;
        if (key.isEmpty()) {
            Messages.error("security.confirmFirst");
            return;
        }
        newApiKey = key.get();
        apiKeys = null;
        Messages.info("security.apiKeyCreated");
    }

    public void revokeApiKey(String keyId) {
        apiKeys = null;
        tell(account.revokeApiKey(username(), keyId, SignInSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.apiKeyRevoked");
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public void forgetBrowser(long id) {
        tell(account.forgetBrowser(username(), id, SignInSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.browserForgotten");
    }

    public void forgetAllBrowsers() {
        tell(account.forgetAllBrowsers(username(), SignInSession.passwordConfirmedAt(request()),
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

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getPassword() {
        return null; // never rendered back into the page
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
