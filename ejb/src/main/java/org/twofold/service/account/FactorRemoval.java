package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.factor.ContactFactorService;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.factor.TrustedDeviceService;
import org.twofold.service.factor.UserFactors;
import org.twofold.service.passkey.Passkeys;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.SecondStepPolicy;

/**
 * The rules of removing one of a user's own factors, whichever it is: the last one stays while
 * a second step is asked of the user (without that rule, whoever knows the password could swap
 * in their own); afterwards the default moves to a factor the user still has, and every
 * remembered browser asks for a code again.
 */
@Stateless
public class FactorRemoval {

    @Inject
    private SettingsService settings;

    @Inject
    private SecondStepPolicy secondStep;

    @Inject
    private UserFactors factors;

    @Inject
    private TotpFactorService apps;

    @Inject
    private ContactFactorService contacts;

    @Inject
    private TrustedDeviceService browsers;

    @Inject
    private Passkeys passkeys;

    /** Whether this is the user's last factor and they must keep one: their roles, or their own choice, ask for a second step. */
    public boolean isLastKept(User user) {
        boolean last = apps.confirmedFactorsOf(user).size() + contacts.confirmedOf(user).size() + passkeys.of(user).size() == 1;
        return last && (user.isSecondStepChosen() || secondStep.requiredByRoles(user, settings.current()));
    }

    /**
     * After the factor of {@code removed} is gone: the default moves off it, and remembered
     * browsers are forgotten.
     *
     * @param removedTheMethod whether the user now has no factor of that method at all
     * @return how many remembered browsers were forgotten
     */
    public int afterRemoval(User user, TwoFactorMethod removed, boolean removedTheMethod) {
        if (removedTheMethod) {
            moveDefaultOff(user, removed);
        }
        return browsers.forgetAll(user);
    }

    private void moveDefaultOff(User user, TwoFactorMethod removed) {
        SystemSettings current = settings.current();
        if (factors.signInMethod(user, current) != removed && user.getPreferredMethod() != removed) {
            return;
        }
        for (TwoFactorMethod method : TwoFactorMethod.values()) {
            if (method != removed && current.getAllowedMethods().contains(method) && factors.has(user, method)) {
                user.setPreferredMethod(method);
                return;
            }
        }
    }
}
