package org.twofold.service.role;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.directory.DirectorySettingsService;

/** Roles in the console: list, create, rename, delete (not built-ins), and the two-factor flag. */
@Stateless
public class RoleAdministration {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private DirectorySettingsService directory;

    public List<RoleSummary> list() {
        return em.createQuery("SELECT r FROM Role r ORDER BY r.name", Role.class).getResultStream()
                .map(this::summary).toList();
    }

    /** The role with exactly this name. */
    public Optional<RoleSummary> named(String name) {
        return em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", name).getResultStream().findFirst()
                .map(this::summary);
    }

    /** Names of the roles a user can be given (everyone holds "All" anyway). */
    public List<String> assignableNames() {
        return em.createQuery("SELECT r.name FROM Role r WHERE r.name <> :all ORDER BY r.name", String.class)
                .setParameter("all", Role.ALL)
                .getResultList();
    }

    public void create(String name, boolean requiresTwoFactor, Actor actor) throws RefusedException {
        String clean = validName(name);
        em.persist(new Role(clean, requiresTwoFactor, false));
        audit.recordChange(actor, AuditEventType.ROLE_CREATED, null,
                clean + (requiresTwoFactor ? ", second factor required" : ""));
    }

    public void rename(long id, String newName, Actor actor) throws RefusedException {
        Role role = editable(id);
        String clean = validName(newName);
        String old = role.getName();
        role.rename(clean);
        audit.recordChange(actor, AuditEventType.ROLE_RENAMED, null, old + " -> " + clean);
    }

    /** Deletes a role; its members simply stop holding it. A role a directory group maps to stays until the mapping goes. */
    public void delete(long id, Actor actor) throws RefusedException {
        Role role = editable(id);
        if (directory.mapsTo(role)) {
            throw new RefusedException("roles.mappedFromDirectory");
        }
        List<User> holders = em.createQuery("SELECT u FROM User u JOIN u.roles r WHERE r.id = :id", User.class)
                .setParameter("id", id).getResultList();
        holders.forEach(u -> u.getRoles().remove(role));
        em.remove(role);
        audit.recordChange(actor, AuditEventType.ROLE_DELETED, null, role.getName() + ", held by " + holders.size());
    }

    public void setRequiresTwoFactor(long id, boolean required, Actor actor) throws RefusedException {
        Role role = em.find(Role.class, id);
        if (role == null) {
            throw new RefusedException("roles.gone");
        }
        if (!required && Role.ADMINISTRATOR.equals(role.getName())) {
            throw new RefusedException("roles.adminFlag"); // administrators always use a second factor
        }
        if (role.isRequiresTwoFactor() != required) {
            role.setRequiresTwoFactor(required);
            audit.recordChange(actor, AuditEventType.ROLE_FLAG_CHANGED, null,
                    role.getName() + (required ? ": second factor required" : ": second factor no longer required"));
        }
    }

    private Role editable(long id) throws RefusedException {
        Role role = em.find(Role.class, id);
        if (role == null) {
            throw new RefusedException("roles.gone");
        }
        if (role.isBuiltIn()) {
            throw new RefusedException("roles.builtIn");
        }
        return role;
    }

    private String validName(String name) throws RefusedException {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty() || clean.length() > 100 || !clean.matches("[\\p{L}\\p{N} ._-]+")) {
            throw new RefusedException("roles.name.invalid");
        }
        long same = em.createQuery("SELECT COUNT(r) FROM Role r WHERE LOWER(r.name) = :name", Long.class)
                .setParameter("name", clean.toLowerCase(java.util.Locale.ROOT)).getSingleResult();
        if (same > 0) {
            throw new RefusedException("roles.name.taken");
        }
        return clean;
    }

    private RoleSummary summary(Role role) {
        return new RoleSummary(role.getId(), role.getName(), role.isRequiresTwoFactor(), role.isBuiltIn(), members(role));
    }

    /** "All" holds everyone, assigned or not. */
    private long members(Role role) {
        if (Role.ALL.equals(role.getName())) {
            return em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
        }
        return em.createQuery("SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r.id = :id", Long.class)
                .setParameter("id", role.getId()).getSingleResult();
    }
}
