package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.user.PasswordVerdict;

/**
 * Step one: the password, a local one or the company directory's. The attempt is counted
 * before the password is hashed ({@link AttemptGuard}), so a locked account, name or address
 * costs no hash and is refused alike whatever was typed. The username is audited as typed
 * (truncated). A right password goes on to {@link SecondStepStart}.
 */
@Stateless
@CountedStep("password")
public class PasswordStep {

    @Inject
    private SettingsService settingsService;

    @Inject
    private PasswordCheck passwords;

    @Inject
    private AttemptGuard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private SecondStepStart secondStep;

    public SignInStep check(String username, String password, String clientIp, Instant now) {
        return check(username, password, null, clientIp, now);
    }

    /**
     * The password, from a browser that may hold the token of a remembered device: for a user
     * who may skip the code step that way, a right password then signs in.
     */
    public SignInStep check(String username, String password, String deviceToken, String clientIp, Instant now) {
        SystemSettings settings = settingsService.current();
        String typed = truncate(username);
        return guard.guarded(passwords.accountId(username), typed, clientIp, settings, now, "password step", attempt -> {
            PasswordVerdict verdict = passwords.check(username, password, clientIp, now);
            if (verdict instanceof PasswordVerdict.Unavailable) {
                return AttemptGuard.Checked.nothingChecked(new SignInStep.Refused(SignInStep.Reason.UNAVAILABLE));
            }
            if (verdict instanceof PasswordVerdict.Rejected rejected) {
                audit.record(AuditEventType.PASSWORD_FAILED, typed, clientIp, rejected.auditDetail());
                return AttemptGuard.Checked.wrong(new SignInStep.Refused(SignInStep.Reason.INVALID_CREDENTIALS));
            }
            String accepted = ((PasswordVerdict.Accepted) verdict).user().getUsername();
            return AttemptGuard.Checked.right(() -> secondStep.afterPassword(accepted, deviceToken, clientIp, now));
        });
    }

    private static String truncate(String username) {
        if (username == null) {
            return null;
        }
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}
