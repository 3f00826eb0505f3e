package org.twofold.service.user;

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
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.factor.ContactFactor;
import org.twofold.domain.settings.TwoFactorMethod;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;
import org.twofold.domain.user.UserType;
import org.twofold.service.RefusedException;
import org.twofold.service.admin.Actor;
import org.twofold.service.apikey.ApiKeyLine;
import org.twofold.service.apikey.ApiKeyService;
import org.twofold.service.apikey.NewApiKey;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.delivery.MessageTexts;
import org.twofold.service.delivery.Outbox;
import org.twofold.service.factor.ContactFactorService;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.factor.TrustedDeviceService;
import org.twofold.service.factor.UserFactors;
import org.twofold.service.settings.SettingsService;

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
    private Outbox outbox;

    @Inject
    private SettingsService settings;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private TrustedDeviceService trustedDevices;

    @Inject
    private ContactFactorService contacts;

    @Inject
    private TotpFactorService totpFactors;

    @Inject
    private FactorNotices notices;

    @Inject
    private ApiKeyService apiKeys;

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
        return rows(List.of(existing(id)), Instant.now()).get(0);
    }

    private List<UserRow> rows(List<User> page, Instant now) {
        Set<Long> withApp = withConfirmedApp(page.stream().map(User::getId).toList());
        return page.stream()
                .map(u -> new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getType(), u.isEnabled(),
                        u.getRoles().stream().map(Role::getName).sorted().toList(), u.isLockedAt(now),
                        withApp.contains(u.getId()), u.getPreferredMethod() == null ? null : u.getPreferredMethod().name(),
                        u.isFromDirectory()))
                .toList();
    }

    public long count(String text) {
        return matching(text, "SELECT COUNT(u) FROM User u", "", Long.class).getSingleResult();
    }

    public UserDraft draft(long id) throws RefusedException {
        return UserDraft.of(existing(id));
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
            user = existing(draft.getId());
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
        User user = existing(id);
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
        User user = existing(id);
        user.clearFailedCodes();
        audit.recordChange(actor, AuditEventType.USER_UNLOCKED, user.getUsername(), null);
    }

    /**
     * Removes the user's authenticator apps, email and SMS factors, any sign-in in progress and every session, so codes
     * from the old secret stop working at once; the next sign-in enrols anew. The user is told
     * by email.
     */
    public void resetFactors(long id, Actor actor) throws RefusedException {
        User user = existing(id);
        int removed = em.createQuery("DELETE FROM TotpFactor f WHERE f.user.id = :id")
                .setParameter("id", id).executeUpdate();
        int contactFactors = contacts.removeAll(user);
        int codes = recoveryCodes.removeAll(user); // a new app comes with new codes
        int devices = trustedDevices.forgetAll(user);
        em.createQuery("DELETE FROM PendingSignIn p WHERE p.user.id = :id").setParameter("id", id).executeUpdate();
        user.endSessions(Instant.now()); // a session signed in with the removed app ends too
        user.primaryEmail().ifPresent(address -> outbox.enqueue(DeliveryChannel.EMAIL, address,
                MessagePurpose.SECURITY_NOTICE, MessageTexts.text("notice.reset.subject"),
                MessageTexts.text("notice.reset.body", settings.current().getOtpIssuer(), user.getDisplayName())));
        audit.recordChange(actor, AuditEventType.FACTORS_RESET, user.getUsername(),
                removed + " authenticator app(s), " + contactFactors + " email/SMS factor(s), " + codes + " recovery code(s) and " + devices + " remembered browser(s) removed"
                        + (user.primaryEmail().isPresent() ? ", user notified by email" : ", no email address to notify"));
    }

    /**
     * Removes one of the user's authenticator apps: its codes fail at once, and every
     * remembered browser asks for a code again. Unlike on the user's own Security page, the
     * last one may go: the next sign-in then sets up a new one, as after a reset.
     */
    public void removeApp(long id, long appId, Actor actor) throws RefusedException {
        User user = existing(id);
        if (!totpFactors.remove(user, appId)) {
            throw new RefusedException("users.factorGone");
        }
        afterRemoval(user, actor, "authenticator app", notices.appRemoved(user));
    }

    /** Removes the user's email or SMS factor; the same rules as {@link #removeApp}. */
    public void removeContact(long id, TwoFactorMethod method, Actor actor) throws RefusedException {
        User user = existing(id);
        Optional<ContactFactor> factor = method == TwoFactorMethod.TOTP ? Optional.empty()
                : contacts.confirmed(user, UserFactors.channelOf(method));
        if (factor.isEmpty() || !contacts.remove(user, factor.get().getChannel())) {
            throw new RefusedException("users.factorGone");
        }
        String masked = Destinations.mask(factor.get().getChannel(), factor.get().getDestination());
        afterRemoval(user, actor, masked, notices.contactRemoved(user, masked));
    }

    private void afterRemoval(User user, Actor actor, String what, boolean told) {
        int devices = trustedDevices.forgetAll(user);
        audit.recordChange(actor, AuditEventType.FACTOR_REMOVED, user.getUsername(), what + ", by an administrator"
                + (devices > 0 ? ", " + devices + " remembered browser(s) forgotten" : "")
                + (told ? ", user notified by email" : ""));
    }

    /** The user's API keys, with their last use; never a secret. */
    public List<ApiKeyLine> apiKeys(long id) throws RefusedException {
        return apiKeys.of(existing(id));
    }

    /** A key for the user, made by an admin (audited as theirs); the secret is in the answer only. */
    public NewApiKey createApiKey(long id, String label, Actor actor) throws RefusedException {
        return apiKeys.create(existing(id), label, actor.username(), actor.clientIp(), Instant.now());
    }

    public void revokeApiKey(long id, String keyId, Actor actor) throws RefusedException {
        if (!apiKeys.revoke(existing(id), keyId, actor.username(), actor.clientIp())) {
            throw new RefusedException("apiKeys.gone");
        }
    }

    /**
     * Every session the user has now ends at its next request, and every remembered browser
     * asks for the code again: what an admin does when a laptop is stolen.
     */
    public void endSessions(long id, Actor actor) throws RefusedException {
        User user = existing(id);
        user.endSessions(Instant.now());
        em.createQuery("DELETE FROM PendingSignIn p WHERE p.user.id = :id").setParameter("id", id).executeUpdate();
        int devices = trustedDevices.forgetAll(user);
        audit.recordChange(actor, AuditEventType.SESSIONS_ENDED, user.getUsername(),
                devices == 0 ? null : devices + " remembered browser(s) forgotten");
    }

    private void refuseIfLastAdmin(User user, boolean staysEnabledAdmin) throws RefusedException {
        boolean isEnabledAdmin = user.isEnabled()
                && user.getRoles().stream().anyMatch(r -> Role.ADMINISTRATOR.equals(r.getName()));
        if (!isEnabledAdmin || staysEnabledAdmin) {
            return;
        }
        long others = em.createQuery("SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r.name = :admin "
                        + "AND u.enabled = TRUE AND u.id <> :id", Long.class)
                .setParameter("admin", Role.ADMINISTRATOR).setParameter("id", user.getId()).getSingleResult();
        if (others == 0) {
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

    private User existing(long id) throws RefusedException {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new RefusedException("users.gone");
        }
        return user;
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
