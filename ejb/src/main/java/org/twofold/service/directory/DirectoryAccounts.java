package org.twofold.service.directory;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.directory.DirectoryAccount;
import org.twofold.domain.directory.DirectorySettings;
import org.twofold.domain.directory.GroupRole;
import org.twofold.domain.directory.GroupRoles;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.user.UserDirectory;

/**
 * The Twofold record of a directory user: made at their first sign-in, and refreshed from the
 * directory at each (name, addresses, phones, and the roles the group mapping decides).
 */
@Stateless
public class DirectoryAccounts {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    /**
     * The record for this account, made or refreshed; empty when a local user already has the
     * name (a directory account never takes over a local one).
     */
    public Optional<User> refresh(DirectoryAccount account, List<GroupRole> groupRoles, String clientIp, Instant now) {
        Optional<User> existing = users.find(account.login());
        if (existing.isEmpty()) {
            try {
                context.getBusinessObject(DirectoryAccounts.class).create(account, groupRoles, clientIp, now);
            } catch (EJBException raced) {
                // An admin made a local user of that name at this moment: the check below refuses it.
            }
            existing = users.find(account.login());
        }
        if (existing.isEmpty() || !existing.get().isFromDirectory()) {
            return Optional.empty();
        }
        User user = existing.get();
        copyDetails(user, account, groupRoles);
        return Optional.of(user);
    }

    /**
     * Makes the record of a person's first sign-in, committed at once on its own. First
     * sign-ins take turns (a lock on the directory settings row), so of two racing ones (a
     * double click) one makes the record and the other finds it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(DirectoryAccount account, List<GroupRole> groupRoles, String clientIp, Instant now) {
        em.find(DirectorySettings.class, DirectorySettings.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        if (users.find(account.login()).isPresent()) {
            return;
        }
        User user = User.fromDirectory(account.login(), account.displayName(), now);
        copyDetails(user, account, groupRoles);
        em.persist(user);
        em.flush();
        audit.record(AuditEventType.DIRECTORY_USER_CREATED, user.getUsername(), clientIp,
                "roles: " + user.getRoles().stream().map(Role::getName).sorted().collect(Collectors.joining(", ")));
    }

    private static void copyDetails(User user, DirectoryAccount account, List<GroupRole> groupRoles) {
        if (!user.getDisplayName().equals(account.displayName())) {
            user.setDisplayName(account.displayName());
        }
        replaceIfChanged(user.getEmailAddresses(), account.emailAddresses());
        replaceIfChanged(user.getPhoneNumbers(), account.phoneNumbers());
        Set<Role> roles = GroupRoles.after(user.getRoles(), account.groups(), groupRoles);
        if (!roles.equals(user.getRoles())) {
            user.getRoles().clear();
            user.getRoles().addAll(roles);
        }
    }

    private static void replaceIfChanged(List<String> held, List<String> fresh) {
        if (!held.equals(fresh)) {
            held.clear();
            held.addAll(fresh);
        }
    }
}
