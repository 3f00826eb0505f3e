package org.twofold.service.oidc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.oidc.Application;
import org.twofold.domain.oidc.AuthorizationPolicy;
import org.twofold.domain.oidc.SignInMethods;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.metrics.Meters;
import org.twofold.service.passkey.Passkeys;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.user.SignedInUser;
import org.twofold.service.user.UserDirectory;

/**
 * The authorization endpoint's decision ({@link AuthorizationPolicy}) with what it needs read
 * from the database, and the code issued when the answer is yes. Refusals are audited.
 */
@Stateless
public class Authorization {

    @Inject
    private Applications applications;

    @Inject
    private UserDirectory users;

    @Inject
    private AuthorizationCodes codes;

    @Inject
    private AuditLog audit;

    @Inject
    private Passkeys passkeys;

    @Inject
    private SettingsService settings;

    @Inject
    private Meters meters;

    /** The browser's Twofold sign-in as its session holds it. */
    public record BrowserSignIn(String username, Instant signedInAt, SignInMethods methods) {
    }

    /** The verdict, with the code when it is a grant. */
    public record Answer(AuthorizationPolicy.Verdict verdict, String code) {
    }

    public Answer authorize(String clientId, AuthorizationPolicy.Request request, AuthorizationCodes.NewCode code,
                            Optional<BrowserSignIn> signIn, String clientIp, Instant now) {
        Optional<Application> application = applications.enabled(clientId);
        Optional<User> user = signIn.flatMap(s -> users.find(s.username())).filter(User::isEnabled);
        AuthorizationPolicy.Session session = user.isPresent()
                ? new AuthorizationPolicy.Session(signIn.get().signedInAt(), signIn.get().methods(), SignedInUser.of(user.get()).roles(),
                        passkeysAllowed() && passkeys.hasAny(user.get()))
                : AuthorizationPolicy.Session.NONE;
        AuthorizationPolicy.Verdict verdict = AuthorizationPolicy.decide(request, application.map(Authorization::client).orElse(null),
                session, now);
        String username = user.map(User::getUsername).orElse(null);
        if (verdict instanceof AuthorizationPolicy.NotForApplication refused) {
            audit.record(AuditEventType.APP_SIGN_IN_REFUSED, username, clientIp, describe(clientId) + ": " + refused.reason());
        } else if (verdict instanceof AuthorizationPolicy.PasskeyMissing) {
            audit.record(AuditEventType.APP_SIGN_IN_REFUSED, username, clientIp, describe(clientId) + ": asks for a passkey, none held");
        } else if (verdict instanceof AuthorizationPolicy.RoleRefused) {
            audit.record(AuditEventType.APP_SIGN_IN_REFUSED, username, clientIp, describe(clientId) + ": holds none of its roles");
        } else if (verdict instanceof AuthorizationPolicy.Grant) {
            String issued = codes.issue(application.get().getId(), user.get().getId(), code, signIn.get().signedInAt(),
                    signIn.get().methods(), now);
            meters.applicationSignIn(clientId, "code");
            return new Answer(verdict, issued);
        }
        return new Answer(verdict, null);
    }

    private boolean passkeysAllowed() {
        return settings.current().getAllowedMethods().contains(TwoFactorMethod.PASSKEY);
    }

    /** The application's name for a page, when this client id names an enabled one. */
    public Optional<String> applicationName(String clientId) {
        return applications.enabled(clientId).map(Application::getName);
    }

    private static AuthorizationPolicy.Client client(Application application) {
        return new AuthorizationPolicy.Client(application.isPublicClient(), application.getRedirectUris(),
                application.isRequireSecondFactor(), application.getAllowedRoles());
    }

    /** The client id as the audit log shows it: cut short, since anyone can send any. */
    private static String describe(String clientId) {
        if (clientId == null) {
            return "no application";
        }
        return "application " + (clientId.length() > 64 ? clientId.substring(0, 64) + "…" : clientId);
    }
}
