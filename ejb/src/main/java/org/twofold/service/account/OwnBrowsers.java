package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.TrustedDeviceService;

/** A user's own remembered browsers: one or all forgotten, so they ask for the code again. */
@Stateless
public class OwnBrowsers {

    @Inject
    private PasswordConfirmation confirmation;

    @Inject
    private TrustedDeviceService browsers;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    public AccountChange forget(String username, long browserId, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = confirmation.allowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        if (!browsers.forget(user.get(), browserId)) {
            return AccountChange.NOT_FOUND;
        }
        told(user.get(), clientIp, "1 browser, by the user");
        return AccountChange.DONE;
    }

    public AccountChange forgetAll(String username, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = confirmation.allowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        int forgotten = browsers.forgetAll(user.get());
        if (forgotten == 0) {
            return AccountChange.NOT_FOUND;
        }
        told(user.get(), clientIp, forgotten + " browser(s), by the user");
        return AccountChange.DONE;
    }

    private void told(User user, String clientIp, String what) {
        boolean told = notices.devicesForgotten(user);
        audit.record(AuditEventType.DEVICES_FORGOTTEN, user.getUsername(), clientIp,
                what + (told ? ", user notified by email" : ""));
    }
}
