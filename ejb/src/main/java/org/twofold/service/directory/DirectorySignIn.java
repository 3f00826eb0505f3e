package org.twofold.service.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.twofold.domain.directory.DirectoryAccount;
import org.twofold.domain.user.Contacts;
import org.twofold.domain.user.User;
import org.twofold.service.user.PasswordVerdict;

/**
 * The password step for people of the company directory: find them with the service account,
 * bind as them with the password typed (never stored), then make or refresh their record.
 */
@Stateless
public class DirectorySignIn {

    private static final Logger LOG = Logger.getLogger(DirectorySignIn.class.getName());
    /** At most one warning a minute about a directory that does not answer, however many sign-ins fail. */
    private static final AtomicLong NEXT_WARNING = new AtomicLong();
    /** An entry no directory has, under the user base, for the bind that keeps timings alike. */
    private static final String NO_ONE = "cn=twofold-no-such-user,";

    @Inject
    private DirectorySettingsService settings;

    @Inject
    private DirectoryAccounts accounts;

    public boolean enabled() {
        return settings.enabled();
    }

    public PasswordVerdict check(String login, String password, String clientIp, Instant now) {
        Optional<DirectoryConnection> connection = settings.connection();
        if (connection.isEmpty()) {
            return new PasswordVerdict.Rejected("the directory is off");
        }
        if (password == null || password.isEmpty()) {
            // An LDAP bind with an empty password is an anonymous bind, which "succeeds".
            return new PasswordVerdict.Rejected("empty password");
        }
        if (login == null || login.isBlank() || login.length() > User.MAX_USERNAME_LENGTH) {
            return new PasswordVerdict.Rejected(null);
        }
        try {
            LdapClient client = new LdapClient(connection.get());
            Optional<DirectoryAccount> account = client.find(login, now);
            if (account.isEmpty()) {
                // Bind all the same (as no one), so that a login the directory does not know takes
                // as long as a wrong password for one it does (SECURITY 32).
                bindAsNoOne(client, connection.get(), password);
                return new PasswordVerdict.Rejected("not in the directory");
            }
            if (!client.acceptsPassword(account.get().dn(), password)) {
                return new PasswordVerdict.Rejected("directory password refused");
            }
            if (!account.get().usable()) {
                return new PasswordVerdict.Rejected(account.get().refusedReason().get());
            }
            if (!Contacts.isUsername(account.get().login())) {
                return new PasswordVerdict.Rejected("the directory login is not a usable username");
            }
            Optional<User> user = accounts.refresh(account.get(), connection.get().groupRoles(), clientIp, now);
            if (user.isEmpty()) {
                return new PasswordVerdict.Rejected("a local user has this name");
            }
            return user.get().isEnabled() ? new PasswordVerdict.Accepted(user.get())
                    : new PasswordVerdict.Rejected("disabled in Twofold");
        } catch (DirectoryUnavailable unavailable) {
            warnAtMostEveryMinute(unavailable, now);
            return new PasswordVerdict.Unavailable();
        }
    }

    private static void bindAsNoOne(LdapClient client, DirectoryConnection connection, String password) {
        try {
            client.acceptsPassword(NO_ONE + connection.config().userBaseDn(), password);
        } catch (DirectoryUnavailable answeredOtherwise) {
            // e.g. "no such object" instead of "invalid credentials": the answer is no either way
        }
    }

    private static void warnAtMostEveryMinute(DirectoryUnavailable unavailable, Instant now) {
        long next = NEXT_WARNING.get();
        if (now.toEpochMilli() >= next && NEXT_WARNING.compareAndSet(next, now.toEpochMilli() + 60_000)) {
            LOG.warning(unavailable.getMessage() + ". Directory users cannot sign in until it answers.");
        }
    }
}
