package org.twofold.service.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.twofold.domain.directory.DirectoryAccount;
import org.twofold.domain.directory.DirectoryConfig;
import org.twofold.domain.directory.GroupRoles;
import org.twofold.domain.user.Role;
import org.twofold.service.RefusedException;

/** "Test connection": binds with the service account and finds a named person, changing nothing. */
@Stateless
public class DirectoryProbe {

    @Inject
    private DirectorySettingsService settings;

    /**
     * Tries these settings (saved or not) with the stored service password, or the new one typed.
     *
     * @throws RefusedException when the settings themselves are invalid, or no login was named
     */
    public DirectoryTestResult test(DirectoryConfig config, Optional<String> newBindPassword, String login, Instant now)
            throws RefusedException {
        if (!config.problems().isEmpty()) {
            throw new RefusedException(config.problems());
        }
        if (login == null || login.isBlank()) {
            throw new RefusedException("directory.test.loginRequired");
        }
        DirectoryConnection connection;
        Optional<DirectoryAccount> found;
        try {
            connection = settings.connectionFor(config, newBindPassword);
            found = new LdapClient(connection).find(login.trim(), now);
        } catch (DirectoryUnavailable unavailable) {
            return DirectoryTestResult.of(DirectoryTestResult.Outcome.UNREACHABLE, unavailable.getMessage());
        }
        if (found.isEmpty()) {
            return DirectoryTestResult.of(DirectoryTestResult.Outcome.NOT_FOUND, null);
        }
        DirectoryAccount account = found.get();
        return new DirectoryTestResult(DirectoryTestResult.Outcome.FOUND, null, account.dn(), account.login(),
                account.displayName(), account.emailAddresses(), account.phoneNumbers(), account.groups(),
                GroupRoles.after(Set.of(), account.groups(), connection.groupRoles()).stream().map(Role::getName)
                        .sorted().toList(),
                account.refusedReason().orElse(null));
    }
}
