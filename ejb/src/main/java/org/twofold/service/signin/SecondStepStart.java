package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.user.SignedInUser;
import org.twofold.service.user.UserDirectory;

/**
 * What follows a right password: refuses locked and disabled accounts, then (unless
 * break-glass is on) decides whether a second step is due, a remembered browser skips it, or
 * a pending sign-in starts ({@link PendingSignInStart}).
 */
@Stateless
public class SecondStepStart {

    /** How the audit log tells a sign-in that break-glass let through on the password alone. */
    public static final String BREAK_GLASS_BYPASS = "second factor bypassed by break-glass";

    @Inject
    private UserDirectory users;

    @Inject
    private Lockout lockout;

    @Inject
    private AuditLog audit;

    @Inject
    private DeploymentConfig deployment;

    @Inject
    private SettingsService settingsService;

    @Inject
    private SecondStepPolicy policy;

    @Inject
    private DeviceTrust deviceTrust;

    @Inject
    private PendingSignInStart pendingStart;

    public SignInStep afterPassword(String username, String clientIp, Instant now) {
        return afterPassword(username, null, clientIp, now);
    }

    public SignInStep afterPassword(String username, String deviceToken, String clientIp, Instant now) {
        Optional<User> found = users.find(username).filter(User::isEnabled);
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.INVALID_CREDENTIALS);
        }
        User user = found.get();
        if (lockout.isLocked(user, now)) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, user.getUsername(), clientIp, "password step");
            return new SignInStep.Refused(SignInStep.Reason.LOCKED);
        }
        if (deployment.breakGlass()) {
            audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), clientIp, BREAK_GLASS_BYPASS);
            return new SignInStep.SignedIn(SignedInUser.of(user), false);
        }
        SystemSettings settings = settingsService.current();
        if (!policy.requires(user, settings, clientIp)) {
            audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), clientIp, "password only, by policy");
            return new SignInStep.SignedIn(SignedInUser.of(user), false);
        }
        if (deviceTrust.skipsCodeStep(user, deviceToken, settings, clientIp, now)) {
            audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), clientIp, "remembered browser");
            return new SignInStep.SignedIn(SignedInUser.of(user), true);
        }
        return pendingStart.start(user, settings, clientIp, now);
    }

    /**
     * Step-up: a person signed in with the password alone opens an application that asks for a
     * second factor, or one signed in with a code opens one that asks for a passkey. A pending
     * sign-in starts whatever the roles say (and a remembered browser does not skip it): the
     * code step, or setting up a factor, follows as after a password; for a passkey, the passkey.
     */
    public SignInStep demanded(String username, boolean passkey, String clientIp, Instant now) {
        Optional<User> found = users.find(username).filter(User::isEnabled);
        if (found.isEmpty()) {
            return new SignInStep.Refused(SignInStep.Reason.EXPIRED);
        }
        if (lockout.isLocked(found.get(), now)) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, username, clientIp, "second factor asked by an application");
            return new SignInStep.Refused(SignInStep.Reason.LOCKED);
        }
        if (deployment.breakGlass()) {
            return new SignInStep.Refused(SignInStep.Reason.UNAVAILABLE);
        }
        if (passkey) {
            return pendingStart.startWithPasskey(found.get(), settingsService.current(), clientIp, now);
        }
        return pendingStart.start(found.get(), settingsService.current(), clientIp, now);
    }
}
