package org.twofold.service.user;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;
import org.twofold.service.RefusedException;

/** Looks users up and checks passwords. */
@Stateless
public class UserDirectory {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private PasswordHashing hashing;

    /** The user with this id, for an administrator's change; refused as gone (404 in the API) when there is none. */
    public User existing(long id) throws RefusedException {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new RefusedException("users.gone");
        }
        return user;
    }

    public Optional<User> find(String username) {
        if (username == null || username.isEmpty() || username.length() > User.MAX_USERNAME_LENGTH) {
            return Optional.empty();
        }
        // A sign-in asks for its user by name in several services of one transaction: EclipseLink
        // answers the later ones from the transaction's own objects, not from the database. (The
        // roles stay a query of their own: joined in, Derby's plan scanned every user's roles.)
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .setHint("eclipselink.query-type", "ReadObject")
                .setHint("eclipselink.cache-usage", "CheckCacheThenDatabase")
                .getResultStream()
                .findFirst();
    }

    /**
     * The user, with their row locked until the transaction ends: changes that check "is this
     * the last factor?" take turns, so two of them cannot remove the last two at once.
     */
    public Optional<User> findLocked(String username) {
        return find(username).map(user -> em.find(User.class, user.getId(), LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The enabled local user whose password this is (directory users have no password here). Unknown users cost the same hashing time as
     * known ones, so timing does not reveal which usernames exist. A right password whose hash
     * is of an earlier release or another cost is hashed again at the current one.
     *
     * @throws PasswordHashing.Busy when no hash could run in time
     */
    public Optional<User> authenticate(String username, String password) {
        Optional<User> user = find(username).filter(User::isEnabled).filter(u -> !u.isFromDirectory());
        if (user.isEmpty()) {
            hashing.verifyDummy(password);
            return Optional.empty();
        }
        String stored = user.get().getPasswordHash();
        if (!hashing.verify(password, stored)) {
            return Optional.empty();
        }
        if (hashing.needsRehash(stored)) {
            user.get().setPasswordHash(hashing.hash(password));
        }
        return user;
    }

    /** Enabled administrators who have an email address, for security notices. */
    /** How many enabled administrators there are besides this user: the console must never be orphaned. */
    public long otherEnabledAdministrators(long id) {
        return em.createQuery("SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r.name = :admin "
                        + "AND u.enabled = TRUE AND u.id <> :id", Long.class)
                .setParameter("admin", Role.ADMINISTRATOR).setParameter("id", id).getSingleResult();
    }

    public List<User> administratorsWithEmail() {
        return em.createQuery("SELECT DISTINCT u FROM User u JOIN u.roles r WHERE r.name = :admin AND u.enabled = TRUE",
                        User.class)
                .setParameter("admin", Role.ADMINISTRATOR).getResultStream()
                .filter(admin -> admin.primaryEmail().isPresent())
                .toList();
    }
}
