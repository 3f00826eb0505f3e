package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.role.RoleAdministration;
import org.twofold.service.role.RoleSummary;
import org.twofold.service.settings.SettingsService;

/**
 * Saving system settings: Frappe's side effects and the rules, against the real database.
 * Each test runs in a transaction it rolls back, so the settings other tests rely on stay.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsServiceIT {

    private static final Actor ADMIN = new Actor("settings-test-admin", "192.0.2.50");

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-settings-it");
    }

    @Inject
    private SettingsService settings;

    @Inject
    private RoleAdministration roles;

    @Test
    void turningTwoFactorOffClearsTheBypassAndTurningItOnFlagsAll() throws Exception {
        RolledBack.run(() -> {
            SystemSettings edited = settings.editableCopy();
            // Earlier fixtures may have allowed SMS directly in the database, without a gateway.
            edited.setAllowedMethods(EnumSet.of(TwoFactorMethod.TOTP, TwoFactorMethod.EMAIL));
            edited.getNetwork().setIpBypassAllowed(true);
            edited.getNetwork().setBypassNetworks("10.0.0.0/8");
            settings.save(edited, ADMIN);
            roles.setRequiresTwoFactor(allRole().id(), false, ADMIN);

            edited = settings.editableCopy();
            edited.setTwoFactorEnabled(false);
            assertEquals(List.of("twoFactorEnabled", "ipBypassAllowed"), settings.save(edited, ADMIN));
            assertFalse(settings.current().getNetwork().isIpBypassAllowed(), "turning 2FA off clears the bypass");
            assertEquals("10.0.0.0/8", settings.current().getNetwork().getBypassNetworks(), "the networks stay for next time");
            assertFalse(allRole().requiresTwoFactor());

            edited = settings.editableCopy();
            edited.setTwoFactorEnabled(true);
            settings.save(edited, ADMIN);
            assertTrue(allRole().requiresTwoFactor(), "turning 2FA on flags the role All");
        });
    }

    @Test
    void invalidSettingsAreRefusedAndNothingChanges() throws Exception {
        RolledBack.run(() -> {
            SystemSettings edited = settings.editableCopy();
            edited.setAllowedMethods(EnumSet.of(TwoFactorMethod.TOTP, TwoFactorMethod.SMS));
            edited.setOtpIssuer("Acme:Intranet");
            edited.getLockout().setLockoutThreshold(1);
            RefusedException refused = assertThrows(RefusedException.class, () -> settings.save(edited, ADMIN));
            assertEquals(List.of("settings.sms.noGateway", "settings.issuer.invalid", "settings.lockoutThreshold.range"),
                    refused.problems());
            assertEquals("Twofold", settings.current().getOtpIssuer());
            assertEquals(10, settings.current().getLockout().getLockoutThreshold());
        });
    }

    private RoleSummary allRole() {
        return roles.list().stream().filter(r -> Role.ALL.equals(r.name())).findFirst().orElseThrow();
    }
}
