package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.twofold.domain.user.User;
import org.twofold.service.directory.DirectorySignIn;
import org.twofold.service.user.PasswordHashing;
import org.twofold.service.user.PasswordVerdict;
import org.twofold.service.user.UserDirectory;

/**
 * Whose password this is: a local user's is checked against its hash; anyone else's, when the
 * company directory is on, by the directory. A local user always wins over a directory
 * account of the same name, so the first-start Administrator can always sign in.
 */
@Stateless
public class PasswordCheck {

    @Inject
    private UserDirectory users;

    @Inject
    private DirectorySignIn directory;

    /** The id of the account these attempts count against, if it has a record yet. */
    public Long accountId(String username) {
        return account(username).map(User::getId).orElse(null);
    }

    public PasswordVerdict check(String username, String password, String clientIp, Instant now) {
        Optional<User> known = account(username);
        boolean local = known.isPresent() && !known.get().isFromDirectory();
        if (!local && directory.enabled()) {
            return directory.check(username, password, clientIp, now);
        }
        try {
            return users.authenticate(username, password).<PasswordVerdict>map(PasswordVerdict.Accepted::new)
                    .orElseGet(() -> new PasswordVerdict.Rejected(known.isPresent() && known.get().isFromDirectory()
                            ? "the directory is off" : null));
        } catch (PasswordHashing.Busy busy) {
            return new PasswordVerdict.Unavailable();
        }
    }

    /** Directory logins are kept in lower case (directories compare them ignoring case). */
    private Optional<User> account(String username) {
        Optional<User> exact = users.find(username);
        if (exact.isPresent() || username == null || !directory.enabled()) {
            return exact;
        }
        return users.find(username.toLowerCase(Locale.ROOT)).filter(User::isFromDirectory);
    }
}
