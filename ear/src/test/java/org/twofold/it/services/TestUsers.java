package org.twofold.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.twofold.domain.crypto.PasswordHasher;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;

/** Test fixtures: users of their own, so tests do not disturb each other or the Administrator. */
@Stateless
public class TestUsers {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    public String create(String prefix, String password) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        User user = new User(username, "Test " + prefix, PasswordHasher.hash(password), Instant.now());
        user.getEmailAddresses().add(username + "@example.test");
        em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", Role.ALL)
                .getResultStream().forEach(user.getRoles()::add);
        em.persist(user);
        return username;
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
