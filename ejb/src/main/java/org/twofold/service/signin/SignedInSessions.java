package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.user.User;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.user.UserDirectory;

/** Whether a signed-in session may go on: checked on every request, against the database. */
@Stateless
public class SignedInSessions {

    @Inject
    private UserDirectory users;

    @Inject
    private SettingsService settingsService;

    /**
     * The session's user, re-read each time, so disabling an account, an admin ending its
     * sessions or the absolute timeout ends a session at its next request.
     */
    public Optional<SignedInUser> stillSignedIn(String username, Instant signedInAt, Instant now) {
        Duration absolute = Duration.ofHours(settingsService.current().getSessionAbsoluteHours());
        if (!now.isBefore(signedInAt.plus(absolute))) {
            return Optional.empty();
        }
        return users.find(username)
                .filter(User::isEnabled)
                .filter(u -> u.acceptsSessionFrom(signedInAt))
                .map(SignedInUser::of);
    }

    /** The enabled user by this name, as the pages show them. */
    public Optional<SignedInUser> signedInUser(String username) {
        return users.find(username).filter(User::isEnabled).map(SignedInUser::of);
    }

    /** How long a signed-in session may sit idle before it ends. */
    public Duration idleTimeout() {
        return Duration.ofMinutes(settingsService.current().getSessionIdleMinutes());
    }
}
