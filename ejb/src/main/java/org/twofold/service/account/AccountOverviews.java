package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.factor.ContactFactor;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.factor.TrustedDevice;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.factor.ContactFactorService;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.factor.TrustedDeviceService;
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
    private TotpFactorService apps;

    @Inject
    private ContactFactorService contacts;

    @Inject
    private TrustedDeviceService browsers;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private SecondStepPolicy secondStep;

    public Optional<AccountOverview> of(String username, Instant now) {
        return users.find(username).map(user -> {
            SystemSettings current = settings.current();
            TwoFactorMethod method = factors.signInMethod(user, current);
            String destination = method == TwoFactorMethod.TOTP ? null
                    : contacts.signInDestination(user, UserFactors.channelOf(method))
                            .map(where -> Destinations.mask(UserFactors.channelOf(method), where)).orElse(null);
            List<AccountOverview.App> appLines = apps.confirmedFactorsOf(user).stream().map(AccountOverviews::line).toList();
            List<AccountOverview.Contact> contactLines = contacts.confirmedOf(user).stream().map(AccountOverviews::line).toList();
            List<AccountOverview.Browser> browserLines = browsers.of(user, now).stream().map(AccountOverviews::line).toList();
            return new AccountOverview(secondStepOf(user, current), method, destination, appLines, contactLines,
                    browserLines, recoveryCodes.unusedCount(user), DeviceTrust.offeredDays(user, current),
                    Set.copyOf(current.getAllowedMethods()), List.copyOf(user.getEmailAddresses()),
                    List.copyOf(user.getPhoneNumbers()));
        });
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

    private static AccountOverview.App line(TotpFactor app) {
        Instant lastUsed = app.getLastUsedStep() == Long.MIN_VALUE ? null
                : Instant.ofEpochSecond(app.getLastUsedStep() * app.parameters().periodSeconds());
        return new AccountOverview.App(app.getId(), app.getConfirmedAt() != null ? app.getConfirmedAt() : app.getCreatedAt(), lastUsed);
    }

    private static AccountOverview.Contact line(ContactFactor factor) {
        return new AccountOverview.Contact(factor.getChannel() == DeliveryChannel.SMS ? TwoFactorMethod.SMS : TwoFactorMethod.EMAIL,
                Destinations.mask(factor.getChannel(), factor.getDestination()), factor.getConfirmedAt(), factor.getLastUsedAt());
    }

    private static AccountOverview.Browser line(TrustedDevice device) {
        return new AccountOverview.Browser(device.getId(), device.getBrowser(), device.getLastAddress(),
                device.getCreatedAt(), device.getLastUsedAt(), device.getExpiresAt());
    }
}
