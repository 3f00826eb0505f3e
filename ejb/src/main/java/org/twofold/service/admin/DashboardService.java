package org.twofold.service.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.twofold.domain.audit.AuditEvent;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.delivery.DeliveryStatus;
import org.twofold.domain.policy.MethodChoice;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.settings.TwoFactorMethod;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.delivery.DeliveryQueue;
import org.twofold.service.settings.SettingsService;

/** Gathers the dashboard's facts in one read. */
@Stateless
public class DashboardService {

    private static final int HOURS = 24;

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private SettingsService settingsService;

    @Inject
    private DeploymentConfig deployment;

    @Inject
    private DeliveryQueue queue;

    public DashboardFacts facts(Instant now) {
        Instant firstHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(HOURS - 1));
        List<Instant> hours = new ArrayList<>();
        long[] succeeded = new long[HOURS];
        long[] wrong = new long[HOURS];
        long[] locked = new long[HOURS];
        for (int i = 0; i < HOURS; i++) {
            hours.add(firstHour.plus(Duration.ofHours(i)));
        }
        for (AuditEvent e : audit.since(firstHour, List.of(AuditEventType.SIGN_IN_SUCCEEDED,
                AuditEventType.SECOND_FACTOR_FAILED, AuditEventType.ACCOUNT_LOCKED))) {
            int slot = (int) Duration.between(firstHour, e.getOccurredAt()).toHours();
            if (slot >= 0 && slot < HOURS) {
                switch (e.getType()) {
                    case SIGN_IN_SUCCEEDED -> succeeded[slot]++;
                    case SECOND_FACTOR_FAILED -> wrong[slot]++;
                    default -> locked[slot]++;
                }
            }
        }

        SystemSettings settings = settingsService.current();
        List<User> users = em.createQuery("SELECT u FROM User u ORDER BY u.username", User.class).getResultList();
        Set<Long> withApp = new HashSet<>(em.createQuery(
                "SELECT DISTINCT f.user.id FROM TotpFactor f WHERE f.confirmed = TRUE", Long.class).getResultList());
        List<DashboardFacts.RoleAdoption> adoption = new ArrayList<>();
        for (Role role : em.createQuery("SELECT r FROM Role r ORDER BY r.name", Role.class).getResultList()) {
            List<User> members = users.stream()
                    .filter(u -> Role.ALL.equals(role.getName()) || u.getRoles().contains(role)).toList();
            long ready = members.stream().filter(u -> hasFactor(u, withApp, settings)).count();
            adoption.add(new DashboardFacts.RoleAdoption(role.getName(), members.size(), ready));
        }
        List<String> adminsWithoutFactor = users.stream()
                .filter(User::isEnabled)
                .filter(u -> u.getRoles().stream().anyMatch(r -> Role.ADMINISTRATOR.equals(r.getName())))
                .filter(u -> !hasFactor(u, withApp, settings))
                .map(User::getUsername).toList();

        List<String> warnings = new ArrayList<>();
        if (deployment.breakGlass()) {
            warnings.add("dashboard.warning.breakGlass");
        }
        if (!settings.isTwoFactorEnabled()) {
            warnings.add("dashboard.warning.twoFactorOff");
        }
        if (!deployment.smtpConfigured()) {
            warnings.add("dashboard.warning.noMail");
        }
        if (settings.getAllowedMethods().contains(TwoFactorMethod.SMS) && !queue.smsGatewayReady()) {
            warnings.add("dashboard.warning.smsNoGateway");
        }
        if (!adminsWithoutFactor.isEmpty()) {
            warnings.add("dashboard.warning.adminsWithoutFactor");
        }
        if (queue.count(DeliveryStatus.FAILED) > 0) {
            warnings.add("dashboard.warning.failedMessages");
        }
        List<DashboardFacts.LockedAccount> lockedAccounts = users.stream()
                .filter(u -> u.isLockedAt(now))
                .map(u -> new DashboardFacts.LockedAccount(u.getUsername(), u.getFailedAttempts(),
                        u.isLockedUntilUnlocked() ? null : u.getLockedUntil()))
                .toList();
        return new DashboardFacts(hours, list(succeeded), list(wrong), list(locked), adoption, warnings,
                adminsWithoutFactor, lockedAccounts);
    }

    /** A confirmed app, or a sign-in that would send a code (the same choice the sign-in makes). */
    private static boolean hasFactor(User user, Set<Long> withApp, SystemSettings settings) {
        return withApp.contains(user.getId())
                || MethodChoice.effective(user.getPreferredMethod(), settings.getDefaultMethod(), settings.getAllowedMethods(),
                        user.primaryEmail().isPresent(), user.primaryPhone().isPresent()) != TwoFactorMethod.TOTP;
    }

    private static List<Long> list(long[] counts) {
        List<Long> values = new ArrayList<>();
        for (long c : counts) {
            values.add(c);
        }
        return values;
    }
}
