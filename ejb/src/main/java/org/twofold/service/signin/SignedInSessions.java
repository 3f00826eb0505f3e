package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.user.SignedInUser;
import org.twofold.service.user.UserDirectory;

/** Whether a signed-in session may go on: checked on every request, against the database. */
@Stateless
public class SignedInSessions {

    @Inject
    private UserDirectory users;

    @Inject
    private SettingsService settingsService;

    @Inject
    private DeploymentConfig deployment;

    @Inject
    private AuditLog audit;

    /**
     * The session's user, re-read each time, so disabling an account, an admin ending its
     * sessions or the absolute timeout ends a session at its next request.
     *
     * @param secondStepDone whether this session's sign-in included a second factor
     */
    public Optional<SignedInUser> stillSignedIn(String username, Instant signedInAt, boolean secondStepDone, Instant now) {
        Duration absolute = Duration.ofHours(settingsService.current().getSessions().getSessionAbsoluteHours());
        if (!now.isBefore(signedInAt.plus(absolute))) {
            return Optional.empty();
        }
        return users.find(username)
                .filter(User::isEnabled)
                .filter(u -> u.acceptsSessionFrom(signedInAt))
                .map(SignedInUser::of)
                .map(user -> withRolesEarned(user, secondStepDone));
    }

    /**
     * The roles a session may act in: while two-factor sign-in is on, the Administrator role
     * only for a session that completed the second step, so no password-only path (a session
     * from before 2FA was switched on, say) reaches the console. Break-glass lets the password
     * alone in, so that an administrator who lost every factor can reach the console to recover.
     */
    public SignedInUser withRolesEarned(SignedInUser user, boolean secondStepDone) {
        if (secondStepDone || !settingsService.current().isTwoFactorEnabled() || deployment.breakGlass()) {
            return user;
        }
        return user.without(Role.ADMINISTRATOR);
    }

    /** The enabled user by this name, as the pages show them. */
    public Optional<SignedInUser> signedInUser(String username) {
        return users.find(username).filter(User::isEnabled).map(SignedInUser::of);
    }

    /** How long a signed-in session may sit idle before it ends. */
    public Duration idleTimeout() {
        return Duration.ofMinutes(settingsService.current().getSessions().getSessionIdleMinutes());
    }

    /** "Sign out": the session ends on the server; the audit log says so. */
    public void recordSignOut(String username, String clientIp) {
        audit.record(AuditEventType.SIGNED_OUT, username, clientIp, null);
    }
}
