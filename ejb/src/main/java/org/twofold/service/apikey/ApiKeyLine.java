package org.twofold.service.apikey;

import java.io.Serializable;
import java.time.Instant;

/**
 * An API key as its owner sees it in a list: never the secret. {@code lastUsedAt} is null before
 * the first use, {@code expiresAt} for a key that never expires.
 */
public record ApiKeyLine(String keyId, String label, Instant createdAt, Instant lastUsedAt, Instant expiresAt)
        implements Serializable {
}
