package org.twofold.service.useradmin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.twofold.domain.passkey.Passkey;
import org.twofold.domain.user.User;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.passkey.Passkeys;
import org.twofold.service.user.UserDirectory;

/**
 * An administrator removes one of a user's passkeys (a lost laptop, a security key handed back):
 * it signs in no more, remembered browsers ask again, the user is told. As for an app, the last
 * factor may go ({@link UserFactorAdministration#removeApp}).
 */
@Stateless
public class UserPasskeyAdministration {

    @Inject
    private UserDirectory users;

    @Inject
    private Passkeys passkeys;

    @Inject
    private FactorNotices notices;

    @Inject
    private UserFactorAdministration factorAdministration;

    public void remove(long id, long passkeyId, Actor actor) throws RefusedException {
        User user = users.existing(id);
        Optional<Passkey> passkey = passkeys.find(user, passkeyId);
        if (passkey.isEmpty() || !passkeys.remove(user, passkeyId)) {
            throw new RefusedException("users.factorGone");
        }
        String name = passkey.get().getName();
        factorAdministration.afterRemoval(user, actor, "passkey \"" + name + "\"", notices.passkeyRemoved(user, name));
    }
}
