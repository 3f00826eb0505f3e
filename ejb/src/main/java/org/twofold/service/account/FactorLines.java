package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.factor.ContactFactor;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.factor.TrustedDevice;
import org.twofold.domain.passkey.Passkey;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.factor.ContactFactorService;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.factor.TrustedDeviceService;
import org.twofold.service.passkey.Passkeys;

/** A user's confirmed factors and remembered browsers as the pages list them: no secret, addresses masked. */
@Stateless
public class FactorLines {

    @Inject
    private TotpFactorService apps;

    @Inject
    private Passkeys passkeys;

    @Inject
    private ContactFactorService contacts;

    @Inject
    private TrustedDeviceService browsers;

    public List<AccountOverview.App> apps(User user) {
        return apps.confirmedFactorsOf(user).stream().map(FactorLines::line).toList();
    }

    public List<AccountOverview.Passkey> passkeys(User user) {
        return passkeys.of(user).stream().map(FactorLines::line).toList();
    }

    public List<AccountOverview.Contact> contacts(User user) {
        return contacts.confirmedOf(user).stream().map(FactorLines::line).toList();
    }

    public List<AccountOverview.Browser> browsers(User user, Instant now) {
        return browsers.of(user, now).stream().map(FactorLines::line).toList();
    }

    private static AccountOverview.App line(TotpFactor app) {
        Instant added = app.getConfirmedAt() != null ? app.getConfirmedAt() : app.getCreatedAt();
        return new AccountOverview.App(app.getId(), added, lastUsed(app.getLastUsedStep(), app.parameters().periodSeconds(), added));
    }

    /**
     * When an app was last used, as near as its last code's time step tells (the step's start);
     * never before it was added, though the code that confirmed it may be of the step before.
     */
    static Instant lastUsed(long lastUsedStep, int periodSeconds, Instant added) {
        if (lastUsedStep == Long.MIN_VALUE) {
            return null;
        }
        Instant stepStart = Instant.ofEpochSecond(lastUsedStep * periodSeconds);
        return added != null && stepStart.isBefore(added) ? added : stepStart;
    }

    private static AccountOverview.Passkey line(Passkey passkey) {
        return new AccountOverview.Passkey(passkey.getId(), passkey.getName(), passkey.isBackupEligible(),
                passkey.getCreatedAt(), passkey.getLastUsedAt());
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
