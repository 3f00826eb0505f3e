package org.twofold.service.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.directory.DirectoryConfig;
import org.twofold.domain.directory.DirectorySettings;
import org.twofold.domain.user.Role;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.config.SeedVault;

/** The directory connection: read, and saved only when valid; the service password sealed. */
@Stateless
public class DirectorySettingsService {

    static final int MAX_BIND_PASSWORD_LENGTH = 200;
    private static final byte[] BIND_PASSWORD_AAD = "directory-bind-password".getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private SeedVault vault;

    @Inject
    private AuditLog audit;

    public DirectoryConfig config() {
        return current().config();
    }

    public boolean hasBindPassword() {
        return current().hasBindPassword();
    }

    public boolean enabled() {
        DirectorySettings settings = em.find(DirectorySettings.class, DirectorySettings.SINGLETON_ID);
        return settings != null && settings.isEnabled();
    }

    /**
     * Replaces the settings; nothing changes when they are invalid.
     *
     * @param newBindPassword empty: keep the stored one; an empty string: remove it
     * @throws RefusedException naming each problem (message keys)
     */
    public void save(DirectoryConfig config, Optional<String> newBindPassword, Actor actor) throws RefusedException {
        List<String> problems = new ArrayList<>(config.problems());
        List<String> unknownRoles = config.groupRoles().stream().map(DirectoryConfig.GroupRoleName::role)
                .filter(name -> name != null && !name.isBlank() && role(name).isEmpty()).toList();
        if (!unknownRoles.isEmpty()) {
            problems.add("directory.groupRole.unknownRole");
        }
        if (newBindPassword.isPresent() && newBindPassword.get().length() > MAX_BIND_PASSWORD_LENGTH) {
            problems.add("directory.bindPassword.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        DirectorySettings settings = current();
        settings.apply(config, name -> role(name).orElseThrow());
        newBindPassword.ifPresent(password -> settings.setSealedBindPassword(password.isEmpty() ? null
                : vault.keys().seal(password.getBytes(StandardCharsets.UTF_8), BIND_PASSWORD_AAD)));
        audit.recordChange(actor, AuditEventType.DIRECTORY_CHANGED, null, (config.enabled() ? "on, " : "off, ")
                + String.join(" ", config.urls()) + ", " + config.groupRoles().size() + " group mappings"
                + (newBindPassword.isPresent() ? ", service password changed" : ""));
    }

    /** What a conversation with the directory needs, when it is on. */
    public Optional<DirectoryConnection> connection() {
        DirectorySettings settings = em.find(DirectorySettings.class, DirectorySettings.SINGLETON_ID);
        if (settings == null || !settings.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(connectionOf(settings, settings.config()));
    }

    /**
     * A connection with these (perhaps unsaved) values and the stored service password, or the
     * one just typed, for "Test connection".
     *
     * @throws DirectoryUnavailable when the stored password's key is not configured
     */
    public DirectoryConnection connectionFor(DirectoryConfig config, Optional<String> newBindPassword) {
        DirectorySettings candidate = new DirectorySettings();
        candidate.apply(config, name -> role(name).orElse(null));
        String password = newBindPassword.isPresent() ? newBindPassword.get() : bindPassword(current());
        return new DirectoryConnection(config, password,
                candidate.getGroupRoles().stream().filter(line -> line.getRole() != null).toList());
    }

    private DirectoryConnection connectionOf(DirectorySettings settings, DirectoryConfig config) {
        return new DirectoryConnection(config, bindPassword(settings), List.copyOf(settings.getGroupRoles()));
    }

    private String bindPassword(DirectorySettings settings) {
        if (!settings.hasBindPassword()) {
            return null;
        }
        try {
            return new String(vault.keys().open(settings.sealedBindPassword(), BIND_PASSWORD_AAD), StandardCharsets.UTF_8);
        } catch (IllegalStateException keyMissing) {
            throw new DirectoryUnavailable("The directory's service password is sealed with encryption key "
                    + settings.sealedBindPassword().keyId() + ", which is not configured: enter the password again on the"
                    + " Directory page");
        }
    }

    /**
     * After a key rotation, seals the service password again with the current key.
     *
     * @return whether it needed to
     */
    public boolean resealBindPassword() {
        DirectorySettings settings = em.find(DirectorySettings.class, DirectorySettings.SINGLETON_ID);
        if (settings == null || !settings.hasBindPassword()
                || vault.keys().currentId().equals(settings.sealedBindPassword().keyId())) {
            return false;
        }
        String password;
        try {
            password = bindPassword(settings);
        } catch (DirectoryUnavailable keyMissing) {
            return false; // nothing to reseal with; sign-ins say so
        }
        settings.setSealedBindPassword(vault.keys().seal(password.getBytes(StandardCharsets.UTF_8), BIND_PASSWORD_AAD));
        return true;
    }

    /** Whether a directory group is mapped to this role, so deleting the role would break the mapping. */
    public boolean mapsTo(Role role) {
        return current().getGroupRoles().stream().anyMatch(line -> line.getRole().getId().equals(role.getId()));
    }

    private DirectorySettings current() {
        DirectorySettings settings = em.find(DirectorySettings.class, DirectorySettings.SINGLETON_ID);
        if (settings == null) {
            settings = new DirectorySettings();
            em.persist(settings);
        }
        return settings;
    }

    private Optional<Role> role(String name) {
        return em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", name.trim()).getResultStream().findFirst();
    }
}
