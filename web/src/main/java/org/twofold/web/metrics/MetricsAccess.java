package org.twofold.web.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may read the metrics: an administrator's API key, the deployment's metrics key as a
 * bearer token, or anyone when the deployment says so (a scraper on a private network).
 */
public final class MetricsAccess {

    public enum Verdict {
        ALLOWED,
        /** No key, or a wrong one: 401. */
        UNAUTHORIZED,
        /** A valid API key whose owner is not an administrator: 403. */
        FORBIDDEN
    }

    private MetricsAccess() {
    }

    /**
     * @param authorization the request's Authorization header, or null
     * @param signedIn      whether an API key was accepted for the request
     * @param administrator whether that key's owner is an administrator
     */
    public static Verdict decide(boolean anonymousAllowed, Optional<String> metricsKey, String authorization,
                                 boolean signedIn, boolean administrator) {
        if (anonymousAllowed || administrator || bearerMatches(metricsKey, authorization)) {
            return Verdict.ALLOWED;
        }
        return signedIn ? Verdict.FORBIDDEN : Verdict.UNAUTHORIZED;
    }

    private static boolean bearerMatches(Optional<String> metricsKey, String authorization) {
        if (metricsKey.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(metricsKey.get().getBytes(StandardCharsets.UTF_8),
                authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }
}
