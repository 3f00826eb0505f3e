package org.twofold.service.apikey;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twofold.domain.apikey.ApiKey;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.user.User;
import org.twofold.service.BatchDelete;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.metrics.Meters;
import org.twofold.service.user.SignedInUser;

/**
 * API keys. A key acts with its owner's roles and skips the second factor, as in Frappe and
 * EspoCRM: it is itself a long random secret, made by a user who had signed in with both
 * steps. A password never authenticates an API request (SECURITY item 2).
 */
@Stateless
public class ApiKeyService {

    /** API requests count as a sign-in step of their own in the metrics. */
    private static final String API_KEY_STEP = "api_key";

    @Inject
    private DeploymentConfig deployment;

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Meters meters;

    /**
     * A key that stops working at {@code expiresAt}: what signing in at the command line hands
     * out (the sign-in itself is audited by its steps; the key's creation is audited here).
     */
    public NewApiKey createExpiring(String username, String label, String clientIp, Instant now, Instant expiresAt) {
        User user = em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username).getSingleResult();
        return make(user, label, username, clientIp, now, expiresAt);
    }

    /** A new key the user makes for themselves; its secret is in the answer only. */
    public NewApiKey create(User user, String label, String clientIp, Instant now) {
        return create(user, label, user.getUsername(), clientIp, now);
    }

    /** A new key for the user, made by {@code actor} (the user or an administrator). */
    public NewApiKey create(User user, String label, String actor, String clientIp, Instant now) {
        return make(user, label, actor, clientIp, now, null);
    }

    private NewApiKey make(User user, String label, String actor, String clientIp, Instant now, Instant expiresAt) {
        String name = label == null || label.isBlank() ? "API key" : label.strip();
        name = name.length() > ApiKey.MAX_LABEL_LENGTH ? name.substring(0, ApiKey.MAX_LABEL_LENGTH) : name;
        String secret = Tokens.newToken();
        ApiKey key = new ApiKey(user, Tokens.newKeyId(), Tokens.digest(secret), name, now);
        key.expireAt(expiresAt);
        em.persist(key);
        audit.record(AuditEventType.API_KEY_CREATED, user.getUsername(), clientIp,
                key.getKeyId() + " (" + name + ")" + (actor.equals(user.getUsername()) ? "" : ", by " + actor));
        return new NewApiKey(key.getKeyId(), secret, name);
    }

    public List<ApiKeyLine> of(User user) {
        return em.createNamedQuery(ApiKey.OF_USER, ApiKey.class).setParameter("userId", user.getId()).getResultStream()
                .map(k -> new ApiKeyLine(k.getKeyId(), k.getLabel(), k.getCreatedAt(), k.getLastUsedAt(), k.getExpiresAt()))
                .toList();
    }

    /** @return whether the key was the user's; from now on it is refused */
    public boolean revoke(User user, String keyId, String actor, String clientIp) {
        boolean revoked = em.createNamedQuery(ApiKey.DELETE_ONE)
                .setParameter("keyId", keyId).setParameter("userId", user.getId()).executeUpdate() == 1;
        if (revoked) {
            audit.record(AuditEventType.API_KEY_REVOKED, user.getUsername(), clientIp,
                    keyId + (actor.equals(user.getUsername()) ? "" : ", by " + actor));
        }
        return revoked;
    }

    /**
     * Who a request with this key id and secret acts for. The request is counted for the key
     * first (one conditional update per minute window), so a burst cannot pass the limit on
     * any node; refusals are audited, for an admin to notice guessing.
     */
    public ApiCaller authenticate(String keyId, String secret, String clientIp, Instant now) {
        Optional<ApiKey> key = keyId == null || keyId.length() > 32 ? Optional.empty()
                : em.createNamedQuery(ApiKey.BY_KEY_ID, ApiKey.class).setParameter("keyId", keyId).getResultStream().findFirst();
        boolean matches = key.isPresent() && secret != null && MessageDigest.isEqual(
                key.get().getSecretDigest().getBytes(StandardCharsets.US_ASCII),
                Tokens.digest(secret).getBytes(StandardCharsets.US_ASCII));
        if (!matches || !key.get().getUser().isEnabled() || key.get().isExpiredAt(now)) {
            audit.record(AuditEventType.API_KEY_REFUSED, key.map(k -> k.getUser().getUsername()).orElse(null), clientIp,
                    key.isPresent() ? keyId : "unknown key id");
            meters.signInStep(API_KEY_STEP, "wrong");
            return new ApiCaller(ApiCaller.Verdict.REFUSED, null, null);
        }
        if (!count(key.get(), now)) {
            meters.signInStep(API_KEY_STEP, "refused");
            return new ApiCaller(ApiCaller.Verdict.RATE_LIMITED, null, keyId);
        }
        meters.signInStep(API_KEY_STEP, "signed_in");
        return new ApiCaller(ApiCaller.Verdict.ACCEPTED, SignedInUser.of(key.get().getUser()), keyId);
    }

    /** Deletes up to {@code max} keys that stopped working before {@code cutoff}; keys that never expire stay. */
    public int deleteExpired(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "ApiKey", "id", "e.expiresAt < :cutoff", Map.of("cutoff", cutoff));
    }

    private boolean count(ApiKey key, Instant now) {
        long minute = now.getEpochSecond() / 60;
        if (em.createNamedQuery(ApiKey.COUNT_IN_WINDOW).setParameter("id", key.getId()).setParameter("window", minute)
                .setParameter("limit", deployment.apiRequestsPerMinute()).setParameter("now", now).executeUpdate() == 1) {
            return true;
        }
        return em.createNamedQuery(ApiKey.START_WINDOW).setParameter("id", key.getId()).setParameter("window", minute)
                .setParameter("now", now).executeUpdate() == 1;
    }
}
