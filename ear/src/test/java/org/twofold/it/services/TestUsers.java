package org.twofold.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.twofold.domain.crypto.PasswordHasher;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.settings.TwoFactorMethod;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;

/** Test fixtures: users of their own, so tests do not disturb each other or the Administrator. */
@Stateless
public class TestUsers {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    public String create(String prefix, String password) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        // No email address: with one, and SMTP configured, enrolment would go by emailed link.
        User user = new User(username, "Test " + prefix, PasswordHasher.hash(password), Instant.now());
        em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", Role.ALL)
                .getResultStream().forEach(user.getRoles()::add);
        em.persist(user);
        return username;
    }

    /** A user who receives codes by email or SMS; the system is set to allow both. */
    public void createWithSentCodes(String username, String password, TwoFactorMethod method, String email, String phone) {
        SystemSettings settings = em.find(SystemSettings.class, SystemSettings.SINGLETON_ID);
        settings.getAllowedMethods().addAll(EnumSet.of(TwoFactorMethod.EMAIL, TwoFactorMethod.SMS));
        User user = new User(username, "Test " + username, PasswordHasher.hash(password), Instant.now());
        user.getEmailAddresses().add(email);
        if (phone != null) {
            user.getPhoneNumbers().add(phone);
        }
        user.setPreferredMethod(method);
        em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", Role.ALL)
                .getResultStream().forEach(user.getRoles()::add);
        em.persist(user);
    }

    /** A user with an email address and no authenticator app yet. */
    public void createWithEmail(String username, String password, String email) {
        User user = new User(username, "Test " + username, PasswordHasher.hash(password), Instant.now());
        user.getEmailAddresses().add(email);
        em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", Role.ALL)
                .getResultStream().forEach(user.getRoles()::add);
        em.persist(user);
    }

    public void disable(String username) {
        find(username).setEnabled(false);
    }

    public int failedAttempts(String username) {
        return find(username).getFailedAttempts();
    }

    public TotpFactor confirmedFactor(String username) {
        return em.createNamedQuery(TotpFactor.CONFIRMED_OF_USER, TotpFactor.class)
                .setParameter("userId", find(username).getId())
                .getResultStream().findFirst().orElse(null);
    }

    private User find(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username).getSingleResult();
    }
}
