package org.twofold.service.oidc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.oidc.Application;
import org.twofold.domain.oidc.ApplicationRules;
import org.twofold.domain.oidc.AuthenticationLevel;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.metrics.Meters;
import org.twofold.service.user.SignedInUser;
import org.twofold.service.user.UserDirectory;

/**
 * Forward authentication: the reverse proxy asks, for each request to a site behind it,
 * whether the browser's Twofold sign-in lets it through. The site is a registered application
 * (its addresses name the site), so its roles and "requires a second factor" apply as they do
 * for OpenID Connect.
 */
@Stateless
public class ForwardAuthorization {

    @Inject
    private Applications applications;

    @Inject
    private UserDirectory users;

    @Inject
    private AuditLog audit;

    @Inject
    private Meters meters;

    /** The answer to the proxy. */
    public sealed interface Answer {
    }

    /** Let through; the proxy passes these claims on as Remote-* headers. */
    public record Allowed(SignedInClaims person) implements Answer {
    }

    /** Sign in first (or add a second factor): the proxy sends the browser to Twofold, which returns it after. */
    public record SignInFirst() implements Answer {
    }

    /** Not for this person (roles), or a site no registered application names. */
    public record Refused(String reason) implements Answer {
    }

    public Answer check(String originalUrl, Optional<Authorization.BrowserSignIn> signIn, String clientIp) {
        Optional<Application> application = originalUrl == null ? Optional.empty() : applications.forSite(originalUrl);
        if (application.isEmpty()) {
            return new Refused("no registered application names this site");
        }
        Optional<User> user = signIn.flatMap(s -> users.find(s.username())).filter(User::isEnabled);
        if (user.isEmpty()) {
            return new SignInFirst();
        }
        if (!ApplicationRules.admits(application.get().getAllowedRoles(), SignedInUser.of(user.get()).roles())) {
            audit.record(AuditEventType.APP_SIGN_IN_REFUSED, user.get().getUsername(), clientIp,
                    "application " + application.get().getClientId() + " (forward authentication): holds none of its roles");
            return new Refused("holds none of the application's roles");
        }
        if (!satisfies(application.get(), signIn.get().methods().level() != AuthenticationLevel.PASSWORD)) {
            return new SignInFirst();
        }
        meters.applicationSignIn(application.get().getClientId(), "forward_auth");
        return new Allowed(SignedInClaims.of(user.get()));
    }

    /**
     * Whether the browser may be sent back to {@code url} after signing in: only to a site a
     * registered application names, so Twofold's sign-in page sends no one elsewhere.
     */
    public boolean mayReturnTo(String url) {
        return url != null && applications.forSite(url).isPresent();
    }

    /** Whether a session with (or without) a second step is enough for the site of {@code url}. */
    public boolean enoughFor(String url, boolean secondStepDone) {
        return applications.forSite(url).map(application -> satisfies(application, secondStepDone)).orElse(false);
    }

    private static boolean satisfies(Application application, boolean secondStepDone) {
        return AuthenticationLevel.of(secondStepDone)
                .satisfies(AuthenticationLevel.wanted(application.isRequireSecondFactor(), List.of()));
    }
}
