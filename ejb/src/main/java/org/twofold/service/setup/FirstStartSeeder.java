package org.twofold.service.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.cluster.JobLease;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.cluster.JobLeases;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.user.PasswordHashing;

/**
 * On first start: the settings row, the built-in roles ("All" flagged for two-factor, a
 * secure default) and the Administrator. Later starts find them and change nothing; of two
 * nodes starting at once on an empty database, the second waits for the first and finds them.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstStartSeeder {

    private static final Logger LOG = Logger.getLogger(FirstStartSeeder.class.getName());
    public static final String ADMIN_USERNAME = "Administrator";

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private SettingsService settings;

    @Inject
    private DeploymentConfig config;

    @Inject
    private AuditLog audit;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private JobLeases leases;

    @PostConstruct
    void seed() {
        leases.holdForThisTransaction(JobLease.FIRST_START); // a node starting beside this one waits, then finds all made
        settings.current();
        Role all = ensureRole(Role.ALL, true);
        Role admin = ensureRole(Role.ADMINISTRATOR, true);
        boolean adminExists = em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", ADMIN_USERNAME)
                .getResultStream().findAny().isPresent();
        if (!adminExists) {
            createAdministrator(all, admin);
        }
        LOG.info("Twofold is ready: sign in at " + config.publicUrl()
                + (config.sharedDatabase() ? " (node " + config.nodeName() + ")" : ""));
    }

    private Role ensureRole(String name, boolean requiresTwoFactor) {
        return em.createNamedQuery(Role.BY_NAME, Role.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Role role = new Role(name, requiresTwoFactor, true);
                    em.persist(role);
                    return role;
                });
    }

    private void createAdministrator(Role all, Role admin) {
        String password = config.initialAdminPassword().orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Tokens.newPassword();
        }
        User user = new User(ADMIN_USERNAME, "Administrator", hashing.hash(password), Instant.now());
        // Without a real address the first administrator enrols on screen, not by an emailed link.
        config.initialAdminEmail().ifPresent(user.getEmailAddresses()::add);
        user.getRoles().add(all);
        user.getRoles().add(admin);
        em.persist(user);
        audit.record(AuditEventType.ADMIN_SEEDED, ADMIN_USERNAME, null,
                generated ? "generated password" : "password from TWOFOLD_ADMIN_PASSWORD");
        if (generated) {
            // The one deliberate exception to "no password in a log line": a first-start
            // bootstrap credential, printed once, like Jenkins' initial admin password.
            LOG.warning("\n\n    *** Twofold first start: sign in as " + ADMIN_USERNAME + " with password: "
                    + password + " ***\n    (printed only now; set TWOFOLD_ADMIN_PASSWORD before the first start to choose it)\n");
        } else {
            LOG.info("Twofold first start: created " + ADMIN_USERNAME + " with the password from TWOFOLD_ADMIN_PASSWORD");
        }
    }
}
