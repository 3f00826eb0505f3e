package org.twofold.service.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.directory.DirectoryAccount;
import org.twofold.domain.directory.GroupRole;
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

    /**
     * The record for this account, made or refreshed; empty when a local user already has the
     * name (a directory account never takes over a local one).
     */
    public Optional<User> refresh(DirectoryAccount account, List<GroupRole> groupRoles, String clientIp, Instant now) {
        Optional<User> existing = users.find(account.login());
        if (existing.isPresent() && !existing.get().isFromDirectory()) {
            return Optional.empty();
        }
        User user = existing.orElseGet(() -> {
            User created = User.fromDirectory(account.login(), account.displayName(), now);
            em.persist(created);
            return created;
        });
        user.setDisplayName(account.displayName());
        replaceIfChanged(user.getEmailAddresses(), account.emailAddresses());
        replaceIfChanged(user.getPhoneNumbers(), account.phoneNumbers());
        applyGroupRoles(user, account.groups(), groupRoles);
        if (existing.isEmpty()) {
            em.flush();
            audit.record(AuditEventType.DIRECTORY_USER_CREATED, user.getUsername(), clientIp,
                    "roles: " + user.getRoles().stream().map(Role::getName).sorted().collect(Collectors.joining(", ")));
        }
        return Optional.of(user);
    }

    /**
     * Roles that the mapping names are the directory's to give: held exactly when one of the
     * user's groups maps to them. Roles no mapping names stay as an admin set them.
     */
    static void applyGroupRoles(User user, List<String> groups, List<GroupRole> groupRoles) {
        Set<Long> mapped = groupRoles.stream().map(line -> line.getRole().getId()).collect(Collectors.toSet());
        List<Role> granted = groupRoles.stream()
                .filter(line -> groups.stream().anyMatch(line::matches))
                .map(GroupRole::getRole).distinct().toList();
        user.getRoles().removeIf(role -> mapped.contains(role.getId())
                && granted.stream().noneMatch(g -> g.getId().equals(role.getId())));
        for (Role role : granted) {
            if (user.getRoles().stream().noneMatch(held -> held.getId().equals(role.getId()))) {
                user.getRoles().add(role);
            }
        }
    }

    private static void replaceIfChanged(List<String> held, List<String> fresh) {
        if (!held.equals(fresh)) {
            held.clear();
            held.addAll(fresh);
        }
    }
}
