package org.twofold.service.factor;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.twofold.domain.user.User;
import org.twofold.service.passkey.Passkeys;

/** Removes everything that stands for a user's second step at once: an administrator's reset. */
@Stateless
public class FactorWipe {

    @Inject
    private TotpFactorService apps;

    @Inject
    private Passkeys passkeys;

    @Inject
    private ContactFactorService contacts;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private TrustedDeviceService browsers;

    /** How many of each were removed, for the audit line. */
    public record Wiped(int apps, int passkeys, int contacts, int recoveryCodes, int browsers) {

        @Override
        public String toString() {
            return apps + " authenticator app(s), " + passkeys + " passkey(s), " + contacts + " email/SMS factor(s), "
                    + recoveryCodes + " recovery code(s) and " + browsers + " remembered browser(s) removed";
        }
    }

    public Wiped wipe(User user) {
        // Recovery codes go too: a new app comes with new codes.
        return new Wiped(apps.removeAll(user), passkeys.removeAll(user), contacts.removeAll(user), recoveryCodes.removeAll(user),
                browsers.forgetAll(user));
    }
}
