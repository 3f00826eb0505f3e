package org.twofold.service.useradmin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;
import org.twofold.domain.user.UserType;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.TrustedDeviceService;
import org.twofold.service.user.PasswordHashing;
import org.twofold.service.user.UserDirectory;

/**
 * Users in the console. Every change is audited under the admin's name, and the last
 * enabled administrator can be neither disabled nor demoted, so the console is never orphaned.
 */
@Stateless
public class UserAdministration {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private UserDirectory users;

    @Inject
    private TrustedDeviceService trustedDevices;

    @Inject
    private PasswordHashing hashing;

    /** One page of users whose username, name or email contains {@code text}, by username. */
    public List<UserRow> search(String text, int first, int max) {
        Instant now = Instant.now();
        List<User> page = matching(text, "SELECT u FROM User u", " ORDER BY u.username", User.class)
                .setFirstResult(first).setMaxResults(max)
                .getResultList();
        return rows(page, now);
    }

    /** The user with exactly this username, as a list row. */
    public Optional<UserRow> row(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username).getResultStream()
                .findFirst().map(user -> rows(List.of(user), Instant.now()).get(0));
    }

    /** The user with this id, as a list row. */
    public UserRow row(long id) throws RefusedException {
        return rows(List.of(users.existing(id)), Instant.now()).get(0);
    }

    private List<UserRow> rows(List<User> page, Instant now) {
        Set<Long> withApp = withConfirmedApp(page.stream().map(User::getId).toList());
        return page.stream()
                .map(u -> new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getType(), u.isEnabled(),
                        assigned(u), u.isLockedAt(now),
                        withApp.contains(u.getId()), u.getPreferredMethod() == null ? null : u.getPreferredMethod().name(),
                        u.isFromDirectory()))
                .toList();
    }

    /**
     * The roles given to the user, without "All": everyone holds it, given or not (older
     * records, the first administrator among them, had it stored), so no list names it for some.
     */
    private static List<String> assigned(User user) {
        return user.getRoles().stream().map(Role::getName).filter(name -> !Role.ALL.equals(name)).sorted().toList();
    }

    public long count(String text) {
        return matching(text, "SELECT COUNT(u) FROM User u", "", Long.class).getSingleResult();
    }

    public UserDraft draft(long id) throws RefusedException {
        return UserDraft.of(users.existing(id));
    }

    /** Creates or updates the user in the draft. */
    public long save(UserDraft draft, Actor actor) throws RefusedException {
        List<String> problems = new ArrayList<>(draft.problems());
        Set<Role> roles = roles(draft.getRoles(), problems);
        if (draft.getType() == UserType.WEBSITE && roles.stream().anyMatch(r -> Role.ADMINISTRATOR.equals(r.getName()))) {
            problems.add("users.websiteAdmin"); // Website users may skip the second factor; administrators never
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        User user;
        if (draft.isCreating()) {
            if (!em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", draft.getUsername())
                    .getResultList().isEmpty()) {
                throw new RefusedException("users.username.taken");
            }
            user = new User(draft.getUsername(), draft.getDisplayName(), hashing.hash(draft.getPassword()),
                    Instant.now());
            em.persist(user);
        } else {
            user = users.existing(draft.getId());
            boolean staysAdmin = draft.isEnabled() && roles.stream().anyMatch(r -> Role.ADMINISTRATOR.equals(r.getName()));
            refuseIfLastAdmin(user, staysAdmin);
            if (draft.getPassword() != null && !draft.getPassword().isEmpty()) {
                user.setPasswordHash(hashing.hash(draft.getPassword()));
                user.endSessions(Instant.now()); // whoever signed in with the old password is out
                trustedDevices.forgetAll(user); // and no browser skips the code step on the strength of it
            }
        }
        user.setDisplayName(draft.getDisplayName());
        user.setType(draft.getType());
        user.setEnabled(draft.isEnabled());
        user.getRoles().clear();
        user.getRoles().addAll(roles);
        user.getEmailAddresses().clear();
        user.getEmailAddresses().addAll(draft.emails());
        user.getPhoneNumbers().clear();
        user.getPhoneNumbers().addAll(draft.phones());
        user.setPreferredMethod(draft.getPreferredMethod());
        String networks = draft.getBypassNetworks();
        user.setBypassNetworks(networks == null || networks.isBlank() ? null : networks.trim());
        em.flush();
        audit.recordChange(actor, draft.isCreating() ? AuditEventType.USER_CREATED : AuditEventType.USER_CHANGED,
                user.getUsername(), describe(user, draft));
        return user.getId();
    }

    public void setEnabled(long id, boolean enabled, Actor actor) throws RefusedException {
        User user = users.existing(id);
        if (!enabled) {
            refuseIfLastAdmin(user, false);
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            audit.recordChange(actor, enabled ? AuditEventType.USER_ENABLED : AuditEventType.USER_DISABLED,
                    user.getUsername(), null);
        }
    }

    public void unlock(long id, Actor actor) throws RefusedException {
        User user = users.existing(id);
        user.clearFailedCodes();
        audit.recordChange(actor, AuditEventType.USER_UNLOCKED, user.getUsername(), null);
    }

    private void refuseIfLastAdmin(User user, boolean staysEnabledAdmin) throws RefusedException {
        boolean isEnabledAdmin = user.isEnabled()
                && user.getRoles().stream().anyMatch(r -> Role.ADMINISTRATOR.equals(r.getName()));
        if (!isEnabledAdmin || staysEnabledAdmin) {
            return;
        }
        if (users.otherEnabledAdministrators(user.getId()) == 0) {
            throw new RefusedException("users.lastAdmin");
        }
    }

    private Set<Role> roles(List<String> names, List<String> problems) {
        Set<Role> roles = new HashSet<>();
        for (String name : names) {
            List<Role> found = em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", name).getResultList();
            if (found.isEmpty() || Role.ALL.equals(name)) {
                problems.add("users.role.unknown");
            } else {
                roles.addAll(found);
            }
        }
        return roles;
    }

    /** Which of these users have a confirmed authenticator app, in one query for the page. */
    private Set<Long> withConfirmedApp(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT DISTINCT f.user.id FROM TotpFactor f "
                        + "WHERE f.confirmed = TRUE AND f.user.id IN :ids", Long.class)
                .setParameter("ids", userIds).getResultList());
    }

    private <T> TypedQuery<T> matching(String text, String select, String order, Class<T> type) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return em.createQuery(select + order, type);
        }
        // '!' escapes the wildcards people may type; a backslash confuses EclipseLink's JPQL parser.
        String like = "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        // JPQL cannot lower-case an element of a collection of strings, so addresses are matched in SQL.
        List<Long> byEmail = new ArrayList<>(List.of(-1L));
        for (Object id : em.createNativeQuery("SELECT DISTINCT USER_ID FROM TF_USER_EMAIL "
                + "WHERE LOWER(ADDRESS) LIKE ? ESCAPE '!'").setParameter(1, like).getResultList()) {
            byEmail.add(((Number) id).longValue());
        }
        return em.createQuery(select + " WHERE LOWER(u.username) LIKE :like ESCAPE '!' "
                        + "OR LOWER(u.displayName) LIKE :like ESCAPE '!' OR u.id IN :byEmail"
                        + order, type)
                .setParameter("byEmail", byEmail)
                .setParameter("like", like);
    }

    private static String describe(User user, UserDraft draft) {
        return "type " + user.getType() + ", " + (user.isEnabled() ? "enabled" : "disabled")
                + ", roles " + draft.getRoles()
                + ", method " + (user.getPreferredMethod() == null ? "default" : user.getPreferredMethod())
                + (draft.getPassword() != null && !draft.getPassword().isEmpty() ? ", password set" : "");
    }
}
