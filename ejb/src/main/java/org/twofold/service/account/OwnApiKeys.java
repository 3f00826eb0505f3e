package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.user.User;
import org.twofold.service.apikey.ApiKeyLine;
import org.twofold.service.apikey.ApiKeyService;
import org.twofold.service.apikey.NewApiKey;
import org.twofold.service.user.UserDirectory;

/** A user's own API keys on the Security page: listed (never a secret), made, revoked. */
@Stateless
public class OwnApiKeys {

    @Inject
    private PasswordConfirmation confirmation;

    @Inject
    private UserDirectory users;

    @Inject
    private ApiKeyService apiKeys;

    /** The user's API keys, newest first. */
    public List<ApiKeyLine> of(String username) {
        return users.find(username).map(apiKeys::of).orElse(List.of());
    }

    /** A new API key, its secret returned to be shown once; empty when the password was not confirmed recently. */
    public Optional<NewApiKey> create(String username, String label, Instant confirmedAt, String clientIp, Instant now) {
        return confirmation.allowedToChange(username, confirmedAt, now).map(user -> apiKeys.create(user, label, clientIp, now));
    }

    public AccountChange revoke(String username, String keyId, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = confirmation.allowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        return apiKeys.revoke(user.get(), keyId, username, clientIp) ? AccountChange.DONE : AccountChange.NOT_FOUND;
    }
}
