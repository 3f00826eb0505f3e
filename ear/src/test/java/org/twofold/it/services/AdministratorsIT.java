package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.UserType;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.role.RoleAdministration;
import org.twofold.service.role.RoleSummary;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.EnrolmentDeferral;
import org.twofold.service.signin.SecondStepStart;
import org.twofold.service.signin.SignInStep;
import org.twofold.service.signin.SignedInSessions;
import org.twofold.service.user.SignedInUser;
import org.twofold.service.useradmin.UserAdministration;
import org.twofold.service.useradmin.UserDraft;

/**
 * While two-factor sign-in is on, an Administrator always needs a second factor: no Website
 * exemption, no IP bypass, no grace period, no switching the role's flag off, and no console
 * for a session that skipped the second step. Each test rolls its changes back.
 */
@ExtendWith(ArquillianExtension.class)
class AdministratorsIT {

    private static final String PASSWORD = "a long admin password 789";
    private static final String IP = "10.20.30.40";
    private static final Actor ACTOR = new Actor("admins-test-admin", "192.0.2.60");

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-administrators-it", TestUsers.class);
    }

    @Inject
    private TestUsers testUsers;

    @Inject
    private SecondStepStart secondStepStart;

    @Inject
    private SettingsService settings;

    @Inject
    private EnrolmentDeferral deferral;

    @Inject
    private RoleAdministration roles;

    @Inject
    private UserAdministration administration;

    @Inject
    private SignedInSessions sessions;

    @Test
    void noWebsiteTypeOrAllowedNetworkExemptsAnAdministrator() throws Exception {
        RolledBack.run(() -> {
            String admin = "website-admin-" + UUID.randomUUID().toString().substring(0, 8);
            testUsers.createWithApp(admin, PASSWORD, null, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", true);
            testUsers.makeWebsiteUserWithBypass(admin, "10.0.0.0/8");
            SystemSettings edited = editableSettings();
            edited.getNetwork().setIpBypassAllowed(true);
            edited.setWebsiteUsersIncluded(false);
            settings.save(edited, ACTOR);

            assertEquals("CODE_DUE", SignInSteps.name(secondStepStart.afterPassword(admin, IP, Instant.now())));

            String plain = "website-user-" + UUID.randomUUID().toString().substring(0, 8);
            testUsers.createWithApp(plain, PASSWORD, null, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", false);
            testUsers.makeWebsiteUserWithBypass(plain, "10.0.0.0/8");
            assertEquals("SIGNED_IN", SignInSteps.name(secondStepStart.afterPassword(plain, IP, Instant.now())),
                    "the same exemptions still let an ordinary user in with the password");
        });
    }

    @Test
    void anAdministratorMayNotPutOffSettingUpAnApp() throws Exception {
        RolledBack.run(() -> {
            SystemSettings edited = editableSettings();
            edited.getEnrolment().setEnrolmentGraceDays(7);
            settings.save(edited, ACTOR);
            String admin = "grace-admin-" + UUID.randomUUID().toString().substring(0, 8);
            testUsers.createWithApp(admin, PASSWORD, null, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", true);
            testUsers.resetFactors(admin);
            SignInStep step = secondStepStart.afterPassword(admin, IP, Instant.now());
            assertEquals("ENROLMENT_DUE", SignInSteps.name(step));
            assertEquals(0, deferral.daysLeft(SignInSteps.token(step), Instant.now()), "no Set-up-later for them");
            assertEquals("REFUSED EXPIRED",
                    SignInSteps.name(deferral.skip(SignInSteps.token(step), IP, Instant.now())));
        });
    }

    @Test
    void theConsoleRefusesAWebsiteAdministratorAndSwitchingTheAdministratorFlagOff() throws Exception {
        RolledBack.run(() -> {
            UserDraft draft = new UserDraft();
            draft.setUsername("portal-admin-" + UUID.randomUUID().toString().substring(0, 8));
            draft.setDisplayName("Portal Admin");
            draft.setPassword(PASSWORD);
            draft.setType(UserType.WEBSITE);
            draft.setRoles(List.of(Role.ADMINISTRATOR));
            RefusedException website = assertThrows(RefusedException.class, () -> administration.save(draft, ACTOR));
            assertTrue(website.problems().contains("users.websiteAdmin"), website.problems().toString());

            RoleSummary adminRole = roles.list().stream().filter(r -> Role.ADMINISTRATOR.equals(r.name())).findFirst().orElseThrow();
            RefusedException flag = assertThrows(RefusedException.class,
                    () -> roles.setRequiresTwoFactor(adminRole.id(), false, ACTOR));
            assertEquals(List.of("roles.adminFlag"), flag.problems());
        });
    }

    @Test
    void aSessionWithoutTheSecondStepHasNoConsole() {
        SignedInUser admin = new SignedInUser("someone", "Someone", Set.of(Role.ALL, Role.ADMINISTRATOR));
        assertTrue(sessions.withRolesEarned(admin, true).roles().contains(Role.ADMINISTRATOR));
        assertFalse(sessions.withRolesEarned(admin, false).roles().contains(Role.ADMINISTRATOR),
                "a password-only session keeps its other roles but not the console");
        assertTrue(sessions.withRolesEarned(admin, false).roles().contains(Role.ALL));
    }

    /** The current settings, with methods other tests may have allowed without a gateway put right. */
    private SystemSettings editableSettings() {
        SystemSettings edited = settings.editableCopy();
        edited.setAllowedMethods(EnumSet.of(TwoFactorMethod.TOTP, TwoFactorMethod.EMAIL));
        edited.setDefaultMethod(TwoFactorMethod.TOTP);
        return edited;
    }
}
