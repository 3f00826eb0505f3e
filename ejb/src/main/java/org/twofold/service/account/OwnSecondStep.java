package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.UserFactors;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.SecondStepPolicy;

/**
 * A user's own second step: which factor a sign-in asks for first (the default), and, where no
 * role asks for a second step, whether the user wants one anyway (EspoCRM's per-user switch).
 */
@Stateless
public class OwnSecondStep {

    @Inject
    private PasswordConfirmation confirmation;

    @Inject
    private SettingsService settings;

    @Inject
    private SecondStepPolicy policy;

    @Inject
    private UserFactors factors;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    /** Makes one of the user's confirmed factors the one a sign-in asks for first. */
    public AccountChange makeDefault(String username, TwoFactorMethod method, Instant confirmedAt, String clientIp,
                                     Instant now) {
        Optional<User> user = confirmation.allowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        if (!settings.current().getAllowedMethods().contains(method) || !factors.has(user.get(), method)) {
            return AccountChange.NOT_ALLOWED;
        }
        user.get().setPreferredMethod(method);
        boolean told = notices.defaultChanged(user.get(), describe(method));
        audit.record(AuditEventType.DEFAULT_FACTOR_CHANGED, username, clientIp,
                describe(method) + (told ? ", user notified by email" : ""));
        return AccountChange.DONE;
    }

    /** Switches the user's own second step on or off; on needs a confirmed factor, so the next sign-in has a code to ask for. */
    public AccountChange choose(String username, boolean on, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = confirmation.allowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        SystemSettings current = settings.current();
        if (!current.isTwoFactorEnabled()) {
            return AccountChange.NOT_ALLOWED;
        }
        if (policy.requiredByRoles(user.get(), current)) {
            return AccountChange.REQUIRED;
        }
        if (on && Arrays.stream(TwoFactorMethod.values()).noneMatch(method -> factors.has(user.get(), method))) {
            return AccountChange.NO_FACTOR_YET;
        }
        if (user.get().isSecondStepChosen() != on) {
            user.get().setSecondStepChosen(on);
            boolean told = notices.ownSecondStep(user.get(), on);
            audit.record(AuditEventType.OWN_SECOND_STEP_CHANGED, username, clientIp,
                    (on ? "switched on" : "switched off") + (told ? ", user notified by email" : ""));
        }
        return AccountChange.DONE;
    }

    private static String describe(TwoFactorMethod method) {
        return switch (method) {
            case TOTP -> "authenticator app";
            case EMAIL -> "code by email";
            case SMS -> "code by SMS";
            case PASSKEY -> "passkey";
        };
    }
}
