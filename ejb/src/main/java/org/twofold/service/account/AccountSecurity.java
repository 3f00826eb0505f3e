package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.FactorNotices;
import org.twofold.service.signin.SignInAttempts;
import org.twofold.service.user.UserDirectory;

/**
 * What signed-in users change about their own sign-in. Each change asks for the password again
 * (a stolen session alone cannot make one), counted like a sign-in attempt, so it is no way
 * around the lockout either.
 */
@Stateless
public class AccountSecurity {

    @Inject
    private UserDirectory users;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private SettingsService settings;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    public long unusedRecoveryCodes(String username) {
        return users.find(username).map(recoveryCodes::unusedCount).orElse(0L);
    }

    /**
     * A new set of recovery codes, voiding the old one, if the password is right; the codes are
     * returned to be shown once. Empty when the password is wrong or attempts are locked.
     */
    public Optional<List<String>> replaceRecoveryCodes(String username, String password, String clientIp, Instant now) {
        Optional<User> user = confirmPassword(username, password, clientIp, now);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = recoveryCodes.replaceSet(user.get(), now);
        boolean told = notices.recoveryCodesCreated(user.get());
        audit.record(AuditEventType.RECOVERY_CODES_CREATED, username, clientIp,
                "by the user" + (told ? ", user notified by email" : ""));
        return Optional.of(codes);
    }

    private Optional<User> confirmPassword(String username, String password, String clientIp, Instant now) {
        Optional<User> user = users.find(username).filter(User::isEnabled);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Optional<SignInAttempts.Attempt> attempt = attempts.begin(user.get().getId(), clientIp, settings.current(), now);
        if (attempt.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, username, clientIp, "password confirmation");
            return Optional.empty();
        }
        if (users.authenticate(username, password).isEmpty()) {
            audit.record(AuditEventType.PASSWORD_FAILED, username, clientIp, "password confirmation");
            attempts.failed(attempt.get(), username, clientIp);
            return Optional.empty();
        }
        attempts.succeeded(attempt.get());
        return user;
    }
}
