package org.twofold.service.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.passkey.RelyingParties;
import org.twofold.service.settings.SettingsService;

/**
 * At start: when passkeys are allowed but browsers would refuse them at this public address
 * (not HTTPS, or a relying party id that is not its host), says so in one line. Twofold starts
 * anyway, so people sign in with their other factors; the pages do not offer passkeys.
 */
@Singleton
@Startup
@DependsOn("FirstStartSeeder") // the settings row exists, in this release's schema
public class PasskeyAddressCheck {

    private static final Logger LOG = Logger.getLogger(PasskeyAddressCheck.class.getName());

    @Inject
    private SettingsService settings;

    @Inject
    private RelyingParties relyingParties;

    @PostConstruct
    void report() {
        SystemSettings current = settings.current();
        if (current.getAllowedMethods().contains(TwoFactorMethod.PASSKEY)) {
            relyingParties.problem(current).ifPresent(problem -> LOG.severe("Passkeys are allowed but cannot work: " + problem
                    + ". People sign in with their other factors until this is fixed."));
        }
    }
}
