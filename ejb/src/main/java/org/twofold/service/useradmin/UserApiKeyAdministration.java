package org.twofold.service.useradmin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.twofold.service.RefusedException;
import org.twofold.service.apikey.ApiKeyLine;
import org.twofold.service.apikey.ApiKeyService;
import org.twofold.service.apikey.NewApiKey;
import org.twofold.service.audit.Actor;
import org.twofold.service.user.UserDirectory;

/** An administrator's view of a user's API keys: listed (never a secret), made for them, revoked. */
@Stateless
public class UserApiKeyAdministration {

    @Inject
    private UserDirectory users;

    @Inject
    private ApiKeyService apiKeys;

    public List<ApiKeyLine> of(long id) throws RefusedException {
        return apiKeys.of(users.existing(id));
    }

    /** A key for the user, made by an admin (audited as theirs); the secret is in the answer only. */
    public NewApiKey create(long id, String label, Actor actor) throws RefusedException {
        return apiKeys.create(users.existing(id), label, actor.username(), actor.clientIp(), Instant.now());
    }

    public void revoke(long id, String keyId, Actor actor) throws RefusedException {
        if (!apiKeys.revoke(users.existing(id), keyId, actor.username(), actor.clientIp())) {
            throw new RefusedException("apiKeys.gone");
        }
    }
}
