package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.user.User;
import org.twofold.service.delivery.MessageTexts;
import org.twofold.service.delivery.Outbox;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.user.UserDirectory;

/** Tells a user, and every administrator with an address, that an account is locked until unlocked. */
@Stateless
public class LockoutNotices {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private UserDirectory users;

    @Inject
    private SettingsService settings;

    public void lockedForGood(long userId) {
        User user = em.find(User.class, userId);
        String issuer = settings.current().getOtpIssuer();
        user.primaryEmail().ifPresent(address -> outbox.enqueue(DeliveryChannel.EMAIL, address,
                MessagePurpose.SECURITY_NOTICE, MessageTexts.text(user, "notice.locked.subject"),
                MessageTexts.text(user, "notice.locked.body", issuer, user.getDisplayName(), User.PERMANENT_LOCK_FAILURES)));
        for (User admin : users.administratorsWithEmail()) {
            outbox.enqueue(DeliveryChannel.EMAIL, admin.primaryEmail().orElseThrow(), MessagePurpose.SECURITY_NOTICE,
                    MessageTexts.text(admin, "notice.lockedAdmin.subject", user.getUsername()),
                    MessageTexts.text(admin, "notice.lockedAdmin.body", issuer, user.getUsername(), User.PERMANENT_LOCK_FAILURES));
        }
    }
}
