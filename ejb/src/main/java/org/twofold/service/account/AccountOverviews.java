package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.factor.ContactFactorService;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.factor.UserFactors;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.DeviceTrust;
import org.twofold.service.signin.SecondStepPolicy;
import org.twofold.service.user.UserDirectory;

/** What the Security page and the admin's user form show of a user's second step and factors. Changes nothing. */
@Stateless
public class AccountOverviews {

    @Inject
    private UserDirectory users;

    @Inject
    private SettingsService settings;

    @Inject
    private UserFactors factors;

    @Inject
    private FactorLines lines;

    @Inject
    private ContactFactorService contacts;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private SecondStepPolicy secondStep;

    public Optional<AccountOverview> of(String username, Instant now) {
        return users.find(username).map(user -> {
            SystemSettings current = settings.current();
            TwoFactorMethod method = factors.signInMethod(user, current);
            String destination = !method.isSent() ? null
                    : contacts.signInDestination(user, UserFactors.channelOf(method))
                            .map(where -> Destinations.mask(UserFactors.channelOf(method), where)).orElse(null);
            return new AccountOverview(secondStepOf(user, current), method, destination, lines.apps(user), lines.passkeys(user),
                    lines.contacts(user), lines.browsers(user, now), recoveryCodes.unusedCount(user), DeviceTrust.offeredDays(user, current),
                    Set.copyOf(current.getAllowedMethods()), List.copyOf(user.getEmailAddresses()),
                    List.copyOf(user.getPhoneNumbers()));
        });
    }

    /** The user's passkeys alone, for the Security page's section of them. */
    public List<AccountOverview.Passkey> passkeysOf(String username) {
        return users.find(username).map(lines::passkeys).orElse(List.of());
    }

    private AccountOverview.SecondStep secondStepOf(User user, SystemSettings current) {
        if (!current.isTwoFactorEnabled()) {
            return AccountOverview.SecondStep.OFF;
        }
        if (secondStep.requiredByRoles(user, current)) {
            return AccountOverview.SecondStep.REQUIRED;
        }
        return user.isSecondStepChosen() ? AccountOverview.SecondStep.CHOSEN : AccountOverview.SecondStep.NOT_ASKED;
    }
}
