package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.PasswordCheck;
import org.twofold.service.signin.SignInAttempts;
import org.twofold.service.user.PasswordVerdict;
import org.twofold.service.user.UserDirectory;

/**
 * Every change on the Security page needs the password confirmed within the last five minutes.
 * A confirmation is counted like a sign-in attempt, so it is no way around the lockout.
 */
@Stateless
public class PasswordConfirmation {

    public static final Duration REAUTHENTICATION = Duration.ofMinutes(5);

    @Inject
    private UserDirectory users;

    @Inject
    private PasswordCheck passwords;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private SettingsService settings;

    @Inject
    private AuditLog audit;

    /** Whether a password confirmed at {@code confirmedAt} (null: never) still allows a change at {@code now}. */
    public static boolean recentlyConfirmed(Instant confirmedAt, Instant now) {
        return confirmedAt != null && !confirmedAt.isAfter(now) && now.isBefore(confirmedAt.plus(REAUTHENTICATION));
    }

    /**
     * Checks the password before a change; counted like a sign-in attempt.
     *
     * @return whether it was the user's password (the caller keeps when, for {@link #recentlyConfirmed})
     */
    public boolean confirm(String username, String password, String clientIp, Instant now) {
        Optional<User> user = users.find(username).filter(User::isEnabled);
        if (user.isEmpty()) {
            return false;
        }
        Optional<SignInAttempts.Attempt> attempt = attempts.begin(user.get().getId(), clientIp, settings.current(), now);
        if (attempt.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, username, clientIp, "password confirmation");
            return false;
        }
        PasswordVerdict verdict = passwords.check(username, password, clientIp, now);
        if (verdict instanceof PasswordVerdict.Unavailable) {
            attempts.succeeded(attempt.get()); // not checked: the user is asked again
            return false;
        }
        if (verdict instanceof PasswordVerdict.Rejected) {
            audit.record(AuditEventType.PASSWORD_FAILED, username, clientIp, "password confirmation");
            attempts.failed(attempt.get(), username, clientIp);
            return false;
        }
        attempts.succeeded(attempt.get());
        audit.record(AuditEventType.PASSWORD_CONFIRMED, username, clientIp, null);
        return true;
    }

    /** The user, if enabled and their password was confirmed recently; else nothing may change. */
    public Optional<User> allowedToChange(String username, Instant confirmedAt, Instant now) {
        return recentlyConfirmed(confirmedAt, now) ? users.find(username).filter(User::isEnabled) : Optional.empty();
    }

    /**
     * As {@link #allowedToChange}, with the user's row locked until the change commits: removals
     * by parallel requests then see each other, so the last factor always stays.
     */
    public Optional<User> allowedToChangeLocked(String username, Instant confirmedAt, Instant now) {
        return recentlyConfirmed(confirmedAt, now) ? users.findLocked(username).filter(User::isEnabled) : Optional.empty();
    }
}
