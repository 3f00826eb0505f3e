package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.passkey.PasskeyOfferDismissal;
import org.twofold.domain.user.User;
import org.twofold.service.passkey.PasskeyRegistration;
import org.twofold.service.passkey.Passkeys;
import org.twofold.service.user.UserDirectory;

/**
 * The Desk's offer to add a passkey, to a signed-in person who has none, while the
 * administrator allows them (the page shows it only where the browser can make one). "Not now"
 * is remembered, so it is offered once.
 */
@Stateless
public class PasskeyOffer {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    @Inject
    private Passkeys passkeys;

    @Inject
    private PasskeyRegistration registration;

    public boolean due(String username) {
        if (!registration.offered()) {
            return false; // passkeys are off: no need to ask the database
        }
        Optional<User> user = users.find(username);
        return user.isPresent() && em.find(PasskeyOfferDismissal.class, user.get().getId()) == null
                && !passkeys.hasAny(user.get());
    }

    public void dismiss(String username, Instant now) {
        users.find(username).filter(user -> em.find(PasskeyOfferDismissal.class, user.getId()) == null)
                .ifPresent(user -> em.persist(new PasskeyOfferDismissal(user.getId(), now)));
    }
}
