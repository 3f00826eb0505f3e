package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.user.User;
import org.twofold.service.delivery.MessageTexts;
import org.twofold.service.delivery.Outbox;
import org.twofold.service.settings.SettingsService;

/** Tells a user by email that a second factor was bound to their account, so a stranger's is noticed. */
@Stateless
public class FactorNotices {

    @Inject
    private Outbox outbox;

    @Inject
    private SettingsService settings;

    /** @return whether the user has an address and was told */
    public boolean appSetUp(User user) {
        return user.primaryEmail().map(address -> {
            outbox.enqueue(DeliveryChannel.EMAIL, address, MessagePurpose.SECURITY_NOTICE,
                    MessageTexts.text("notice.appSetUp.subject"),
                    MessageTexts.text("notice.appSetUp.body", settings.current().getOtpIssuer(), user.getDisplayName()));
            return true;
        }).orElse(false);
    }
}
