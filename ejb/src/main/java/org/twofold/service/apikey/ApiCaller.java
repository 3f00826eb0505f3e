package org.twofold.service.apikey;

import org.twofold.service.user.SignedInUser;

/**
 * Who an API request acts for, or why it is refused.
 *
 * @param user the key's owner, with their roles, when {@code verdict} is {@link Verdict#ACCEPTED}
 */
public record ApiCaller(Verdict verdict, SignedInUser user, String keyId) {

    public enum Verdict {
        ACCEPTED,
        /** No such key, a wrong secret, a revoked key or a disabled owner: all look alike. */
        REFUSED,
        /** The key made more requests this minute than the deployment allows (TWOFOLD_API_REQUESTS_PER_MINUTE). */
        RATE_LIMITED
    }
}
