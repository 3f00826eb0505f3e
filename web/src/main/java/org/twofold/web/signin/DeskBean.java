package org.twofold.web.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.twofold.service.account.PasskeyOffer;
import org.twofold.service.audit.AuditLine;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.signin.EnrolmentDeferral;
import org.twofold.service.signin.SignedInSessions;
import org.twofold.service.user.SignedInUser;

/** The home page after signing in: who you are, your roles, your recent activity (sign out: SignOutBean). */
@Named
@RequestScoped
public class DeskBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignedInSessions sessions;

    @Inject
    private EnrolmentDeferral deferral;

    @Inject
    private AuditLog audit;

    @Inject
    private PasskeyOffer passkeyOffer;

    private SignedInUser user;
    // Each is asked for more than once while the page renders; looked up once per request.
    private Long graceDaysLeft;
    private List<AuditLine> recentActivity;
    private Boolean passkeyOffered;

    @PostConstruct
    void load() {
        if (securityContext.getCallerPrincipal() != null) {
            user = sessions.signedInUser(securityContext.getCallerPrincipal().getName()).orElse(null);
        }
    }

    public SignedInUser getUser() {
        return user;
    }

    /** Days left to set up an authenticator app, for a user who put it off; 0 otherwise. */
    public long getGraceDaysLeft() {
        if (graceDaysLeft == null) {
            graceDaysLeft = user == null ? 0 : deferral.daysLeftFor(user.username(), Instant.now());
        }
        return graceDaysLeft;
    }

    /** Whether the Desk offers to add a passkey (its script shows the offer only where the browser can make one). */
    public boolean isPasskeyOffered() {
        if (passkeyOffered == null) {
            passkeyOffered = user != null && passkeyOffer.due(user.username());
        }
        return passkeyOffered;
    }

    /** "Not now": the offer is not made again. */
    public void dismissPasskeyOffer() {
        if (user != null) {
            passkeyOffer.dismiss(user.username(), Instant.now());
        }
        passkeyOffered = false;
    }

    public List<AuditLine> getRecentActivity() {
        if (recentActivity == null) {
            recentActivity = user == null ? List.of() : audit.recentOf(user.username(), 10);
        }
        return recentActivity;
    }
}
