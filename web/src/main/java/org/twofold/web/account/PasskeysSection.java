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
import org.twofold.domain.passkey.CeremonyPurpose;
import org.twofold.service.account.AccountChange;
import org.twofold.service.account.AccountOverview;
import org.twofold.service.account.AccountOverviews;
import org.twofold.service.account.OwnPasskeys;
import org.twofold.web.i18n.Messages;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.PasskeyChallengeSession;

/**
 * The Security page's passkeys and security keys: listed, one added (the page's script has the
 * browser make it, then posts its answer here), renamed, removed; each change needs the password
 * confirmed on the page, as the page's other changes do.
 */
@Named
@RequestScoped
public class PasskeysSection {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private OwnPasskeys passkeys;

    @Inject
    private AccountOverviews overviews;

    private String name;
    private String passkeyAnswer;
    private Boolean offered;
    private List<AccountOverview.Passkey> lines;
    private final Map<Long, String> newNames = new HashMap<>();

    public List<AccountOverview.Passkey> getPasskeys() {
        if (lines == null) {
            lines = overviews.passkeysOf(username());
        }
        return lines;
    }

    /** Whether the page offers to add one: the administrator allows passkeys, at an address where browsers can use them. */
    public boolean isOffered() {
        if (offered == null) {
            offered = passkeys.offered();
        }
        return offered;
    }

    /** Adds the passkey the browser just made, under the name typed. */
    public void add() {
        String answer = passkeyAnswer;
        passkeyAnswer = null;
        tell(passkeys.add(username(), name, answer, PasskeyChallengeSession.take(request(), CeremonyPurpose.REGISTER).orElse(null),
                SecurityPageSession.passwordConfirmedAt(request()), ClientAddress.of(request()), Instant.now()),
                "security.passkeyAdded");
        name = null;
    }

    /** Renames one passkey to the name typed in its row. */
    public void rename(long id) {
        tell(passkeys.rename(username(), id, newNames.get(id), SecurityPageSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.passkeyRenamed");
    }

    public void remove(long id) {
        tell(passkeys.remove(username(), id, SecurityPageSession.passwordConfirmedAt(request()),
                ClientAddress.of(request()), Instant.now()), "security.passkeyRemoved");
    }

    private void tell(AccountChange change, String doneKey) {
        lines = null;
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

    /** The names typed in the rows, by passkey id. */
    public Map<Long, String> getNewNames() {
        return newNames;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPasskeyAnswer() {
        return null; // never rendered back into the page
    }

    public void setPasskeyAnswer(String passkeyAnswer) {
        this.passkeyAnswer = passkeyAnswer;
    }
}
