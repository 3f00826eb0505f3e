package org.twofold.service.factor;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.policy.MethodChoice;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.passkey.Passkeys;

/**
 * Which second factors a user can use, in one place for the sign-in and the Security page.
 * The method a sign-in asks for first may be an address or number not confirmed yet (an admin
 * chose it): its first code confirms it. "Try another way" offers only confirmed factors.
 */
@Stateless
public class UserFactors {

    @Inject
    private TotpFactorService apps;

    @Inject
    private ContactFactorService contacts;

    @Inject
    private Passkeys passkeys;

    /** The database is asked only about methods the settings allow: the others cannot be chosen. */
    public TwoFactorMethod signInMethod(User user, SystemSettings settings) {
        Set<TwoFactorMethod> allowed = settings.getAllowedMethods();
        return MethodChoice.effective(user.getPreferredMethod(), settings.getDefaultMethod(), allowed,
                allowed.contains(TwoFactorMethod.EMAIL) && contacts.signInDestination(user, DeliveryChannel.EMAIL).isPresent(),
                allowed.contains(TwoFactorMethod.SMS) && contacts.signInDestination(user, DeliveryChannel.SMS).isPresent(),
                hasPasskey(user, settings));
    }

    /** As above, only allowed methods other than the current one are looked up. */
    public List<TwoFactorMethod> alternatives(User user, TwoFactorMethod current, SystemSettings settings) {
        Predicate<TwoFactorMethod> usable = method -> method != current && settings.getAllowedMethods().contains(method)
                && has(user, method);
        return MethodChoice.alternatives(current, settings.getAllowedMethods(), usable.test(TwoFactorMethod.TOTP),
                usable.test(TwoFactorMethod.EMAIL), usable.test(TwoFactorMethod.SMS), usable.test(TwoFactorMethod.PASSKEY));
    }

    /** Whether the user holds a confirmed factor of this method (an app, an email or SMS factor). */
    public boolean has(User user, TwoFactorMethod method) {
        return switch (method) {
            case TOTP -> apps.confirmedFactorOf(user).isPresent();
            case EMAIL -> contacts.confirmed(user, DeliveryChannel.EMAIL).isPresent();
            case SMS -> contacts.confirmed(user, DeliveryChannel.SMS).isPresent();
            case PASSKEY -> passkeys.hasAny(user);
        };
    }

    /** Asked of the database only where passkeys are allowed: a sign-in without them costs no query more. */
    private boolean hasPasskey(User user, SystemSettings settings) {
        return settings.getAllowedMethods().contains(TwoFactorMethod.PASSKEY) && passkeys.hasAny(user);
    }

    public static DeliveryChannel channelOf(TwoFactorMethod method) {
        return method == TwoFactorMethod.SMS ? DeliveryChannel.SMS : DeliveryChannel.EMAIL;
    }
}
