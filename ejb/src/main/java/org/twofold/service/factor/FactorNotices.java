package org.twofold.service.factor;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.user.User;
import org.twofold.service.delivery.MessageTexts;
import org.twofold.service.delivery.Outbox;
import org.twofold.service.settings.SettingsService;

/**
 * Tells a user by email when a second factor, recovery codes or a remembered browser were bound
 * to their account, a browser forgotten, or a recovery code was used, so a stranger's doing is noticed. Never carries a code.
 */
@Stateless
public class FactorNotices {

    @Inject
    private Outbox outbox;

    @Inject
    private SettingsService settings;

    /** @return whether the user has an address and was told */
    public boolean appSetUp(User user) {
        return tell(user, "notice.appSetUp");
    }

    /** @return whether the user has an address and was told */
    public boolean appRemoved(User user) {
        return tell(user, "notice.appRemoved");
    }

    /** @return whether the user has an address and was told */
    public boolean passkeyAdded(User user, String name) {
        return tell(user, "notice.passkeyAdded", name);
    }

    /** @return whether the user has an address and was told */
    public boolean passkeyRemoved(User user, String name) {
        return tell(user, "notice.passkeyRemoved", name);
    }

    /** @return whether the user has an address and was told; {@code where} is masked */
    public boolean contactAdded(User user, String where) {
        return tell(user, "notice.contactAdded", where);
    }

    /** @return whether the user has an address and was told; {@code where} is masked */
    public boolean contactRemoved(User user, String where) {
        return tell(user, "notice.contactRemoved", where);
    }

    /** @return whether the user has an address and was told */
    public boolean ownSecondStep(User user, boolean on) {
        return tell(user, on ? "notice.secondStepOn" : "notice.secondStepOff");
    }

    /** @return whether the user has an address and was told */
    public boolean defaultChanged(User user, String method) {
        return tell(user, "notice.defaultChanged", method);
    }

    /** @return whether the user has an address and was told */
    public boolean recoveryCodesCreated(User user) {
        return tell(user, "notice.recoveryCodesCreated");
    }

    /** @return whether the user has an address and was told */
    public boolean recoveryCodeUsed(User user, long codesLeft) {
        return tell(user, "notice.recoveryCodeUsed", codesLeft);
    }

    /** @return whether the user has an address and was told */
    public boolean deviceRemembered(User user, String browser, int days) {
        return tell(user, "notice.deviceRemembered", browser, days);
    }

    /** An administrator removed every factor: @return whether the user has an address and was told */
    public boolean factorsReset(User user) {
        return tell(user, "notice.reset");
    }

    /** @return whether the user has an address and was told */
    public boolean devicesForgotten(User user) {
        return tell(user, "notice.devicesForgotten");
    }

    private boolean tell(User user, String notice, Object... more) {
        return user.primaryEmail().map(address -> {
            Object[] arguments = new Object[2 + more.length];
            arguments[0] = settings.current().getOtpIssuer();
            arguments[1] = user.getDisplayName();
            System.arraycopy(more, 0, arguments, 2, more.length);
            outbox.enqueue(DeliveryChannel.EMAIL, address, MessagePurpose.SECURITY_NOTICE,
                    MessageTexts.text(user, notice + ".subject"), MessageTexts.text(user, notice + ".body", arguments));
            return true;
        }).orElse(false);
    }
}
