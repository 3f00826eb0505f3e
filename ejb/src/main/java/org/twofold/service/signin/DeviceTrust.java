package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.TrustedDeviceService;

/**
 * "Remember this device" at sign-in: whether it is offered, a remembered browser skipping the
 * code step, and a newly remembered one (audited, and the user told). Administrators are never
 * offered it and never skip the code step this way.
 */
@Stateless
public class DeviceTrust {

    @Inject
    private TrustedDeviceService devices;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    /** Days the code page offers to remember this browser for; 0 when it does not offer it. */
    public static int offeredDays(User user, SystemSettings settings) {
        return user.isAdministrator() ? 0 : settings.getRememberDeviceDays();
    }

    /** Whether the browser holding this token may skip the code step for this user now. */
    public boolean skipsCodeStep(User user, String deviceToken, SystemSettings settings, String clientIp, Instant now) {
        return deviceToken != null && offeredDays(user, settings) > 0
                && devices.recognise(user, deviceToken, offeredDays(user, settings), clientIp, now);
    }

    /**
     * Remembers the browser if the user asked and it is offered.
     *
     * @param browser the browser's short name, or null when the user did not tick the box
     * @return the browser's new cookie
     */
    public Optional<SignInStep.RememberedBrowser> rememberIfAsked(User user, String browser, SystemSettings settings, String clientIp,
                                            Instant now) {
        int days = offeredDays(user, settings);
        if (browser == null || days == 0) {
            return Optional.empty();
        }
        String token = devices.remember(user, browser, clientIp, days, now);
        boolean told = notices.deviceRemembered(user, browser, days);
        audit.record(AuditEventType.DEVICE_REMEMBERED, user.getUsername(), clientIp,
                browser + ", " + days + " days" + (told ? ", user notified by email" : ""));
        return Optional.of(new SignInStep.RememberedBrowser(token, Duration.ofDays(days)));
    }
}
