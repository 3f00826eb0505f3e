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
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.delivery.DeliveryStatus;
import org.twofold.domain.policy.MethodChoice;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.TwoFactorMethod;
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
        for (AuditLog.Occurrence e : audit.occurrencesSince(firstHour, List.of(AuditEventType.SIGN_IN_SUCCEEDED,
                AuditEventType.SECOND_FACTOR_FAILED, AuditEventType.ACCOUNT_LOCKED))) {
            int slot = (int) Duration.between(firstHour, e.at()).toHours();
            if (slot >= 0 && slot < HOURS) {
                switch (e.type()) {
                    case SIGN_IN_SUCCEEDED -> succeeded[slot]++;
                    case SECOND_FACTOR_FAILED -> wrong[slot]++;
                    default -> locked[slot]++;
                }
            }
        }

        SystemSettings settings = settingsService.current();
        Set<Long> ready = readyUserIds(settings);
        List<DashboardFacts.RoleAdoption> adoption = new ArrayList<>();
        for (Role role : em.createQuery("SELECT r FROM Role r ORDER BY r.name", Role.class).getResultList()) {
            List<Long> members = Role.ALL.equals(role.getName())
                    ? em.createQuery("SELECT u.id FROM User u", Long.class).getResultList()
                    : em.createQuery("SELECT u.id FROM User u JOIN u.roles r WHERE r.id = :id", Long.class)
                            .setParameter("id", role.getId()).getResultList();
            adoption.add(new DashboardFacts.RoleAdoption(role.getName(), members.size(),
                    members.stream().filter(ready::contains).count()));
        }
        List<String> adminsWithoutFactor = em.createQuery("SELECT u.id, u.username FROM User u JOIN u.roles r "
                        + "WHERE r.name = :admin AND u.enabled = TRUE ORDER BY u.username", Object[].class)
                .setParameter("admin", Role.ADMINISTRATOR).getResultStream()
                .filter(row -> !ready.contains((Long) row[0]))
                .map(row -> (String) row[1]).toList();

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
        List<DashboardFacts.LockedAccount> lockedAccounts = em.createQuery("SELECT u FROM User u "
                        + "WHERE u.failedAttempts >= :forGood OR u.lockedUntil > :now ORDER BY u.username", User.class)
                .setParameter("forGood", User.PERMANENT_LOCK_FAILURES).setParameter("now", now).getResultStream()
                .map(u -> new DashboardFacts.LockedAccount(u.getUsername(), u.getFailedAttempts(),
                        u.isLockedUntilUnlocked() ? null : u.getLockedUntil()))
                .toList();
        return new DashboardFacts(hours, list(succeeded), list(wrong), list(locked), adoption, warnings,
                adminsWithoutFactor, lockedAccounts);
    }

    /**
     * Users with a second factor ready: a confirmed app or a passkey, or a sign-in that would
     * send a code (the same choice the sign-in makes). A few queries of ids and columns, not every user
     * with their collections, so the dashboard stays quick with a hundred thousand users.
     */
    private Set<Long> readyUserIds(SystemSettings settings) {
        Set<Long> withApp = ids("SELECT DISTINCT f.user.id FROM TotpFactor f WHERE f.confirmed = TRUE");
        Set<Long> withEmail = ids("SELECT DISTINCT u.id FROM User u JOIN u.emailAddresses e");
        Set<Long> withPhone = ids("SELECT DISTINCT u.id FROM User u JOIN u.phoneNumbers p");
        Set<Long> withPasskey = ids("SELECT DISTINCT p.user.id FROM Passkey p");
        Set<Long> ready = new HashSet<>(withApp);
        em.createQuery("SELECT u.id, u.preferredMethod FROM User u", Object[].class).getResultStream()
                .filter(row -> MethodChoice.effective((TwoFactorMethod) row[1], settings.getDefaultMethod(),
                        settings.getAllowedMethods(), withEmail.contains((Long) row[0]), withPhone.contains((Long) row[0]),
                        withPasskey.contains((Long) row[0]))
                        != TwoFactorMethod.TOTP)
                .forEach(row -> ready.add((Long) row[0]));
        return ready;
    }

    private Set<Long> ids(String query) {
        return new HashSet<>(em.createQuery(query, Long.class).getResultList());
    }

    private static List<Long> list(long[] counts) {
        List<Long> values = new ArrayList<>();
        for (long c : counts) {
            values.add(c);
        }
        return values;
    }
}
