package org.twofold.service.oidc;

import java.io.Serializable;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.domain.oidc.SigningKey;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.config.SeedVault;

/**
 * The RSA keys that sign ID tokens: made at the first sign-in that needs one, kept in the
 * database sealed with the deployment's encryption key (so every node signs with the same
 * keys), rotated by an administrator. A retired key stays published a while, so tokens it
 * signed still verify until they expire.
 */
@Stateless
public class SigningKeys {

    /** How long a retired key stays in the JWKS: longer than any ID token it signed lives. */
    static final Duration PUBLISHED_AFTER_RETIREMENT = IdTokens.LIFETIME.multipliedBy(2);

    /** Opened keys by id: opening is cheap, but every token would do it. Rows never change, so this never lies. */
    private static final Map<String, RSAKey> OPENED = new ConcurrentHashMap<>();
    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    /** Keys already reported as unopenable: said once, not at every sign-in. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private SeedVault vault;

    @Inject
    private AuditLog audit;

    /** The key that signs now: the newest one not retired, made if there is none yet. */
    public RSAKey current(Instant now) {
        return published(now).stream().filter(key -> !key.isRetired())
                .map(this::tryOpen).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> open(create(now)));
    }

    /** The public halves of every published key, for the JWKS endpoint. */
    public JWKSet publicKeys(Instant now) {
        current(now); // so there is one to publish
        return new JWKSet(published(now).stream().map(this::tryOpen).flatMap(Optional::stream)
                .map(key -> (com.nimbusds.jose.jwk.JWK) key.toPublicJWK()).toList());
    }

    /** A published key by its id (to check a token Twofold signed). */
    public Optional<RSAKey> published(String keyId, Instant now) {
        return published(now).stream().filter(key -> key.getKeyId().equals(keyId)).findFirst().flatMap(this::tryOpen);
    }

    /** A published key as the console and the API list it: never its private half. */
    public record KeyLine(String keyId, Instant createdAt, Instant retiredAt) implements Serializable {
    }

    /** The published keys, newest first: the one signing now, and the retired ones still verifying. */
    public List<KeyLine> list(Instant now) {
        current(now);
        return published(now).stream().map(key -> new KeyLine(key.getKeyId(), key.getCreatedAt(), key.getRetiredAt())).toList();
    }

    /** A new key signs from now on; the others are retired, and published until their tokens have expired. */
    public String rotate(Instant now, Actor actor) {
        SigningKey created = create(now);
        em.createNamedQuery(SigningKey.RETIRE_ALL_BUT).setParameter("now", now).setParameter("keyId", created.getKeyId())
                .executeUpdate();
        audit.recordChange(actor, AuditEventType.SIGNING_KEY_ROTATED, null, "new key " + created.getKeyId());
        return created.getKeyId();
    }

    /**
     * After an encryption-key rotation: seals every signing key sealed with a previous
     * encryption key again with the current one, so the previous key may go.
     *
     * @return how many were sealed again
     */
    public int resealWithTheCurrentKey() {
        KeyRing keyRing = vault.keys();
        List<SigningKey> stale = em.createNamedQuery(SigningKey.SEALED_WITH_OTHER_KEY, SigningKey.class)
                .setParameter("keyId", keyRing.currentId()).getResultList();
        for (SigningKey row : stale) {
            byte[] jwk = keyRing.open(new KeyRing.Sealed(row.getSealKeyId(), row.getSealedJwk()), associatedData(row.getKeyId()));
            KeyRing.Sealed sealed = keyRing.seal(jwk, associatedData(row.getKeyId()));
            row.resealed(sealed.bytes(), sealed.keyId());
        }
        return stale.size();
    }

    private List<SigningKey> published(Instant now) {
        return em.createNamedQuery(SigningKey.PUBLISHED, SigningKey.class)
                .setParameter("since", now.minus(PUBLISHED_AFTER_RETIREMENT)).getResultList();
    }

    private SigningKey create(Instant now) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            KeyRing.Sealed sealed = vault.keys().seal(key.toJSONString().getBytes(StandardCharsets.UTF_8), associatedData(key.getKeyID()));
            SigningKey row = new SigningKey(key.getKeyID(), sealed.bytes(), sealed.keyId(), now);
            em.persist(row);
            em.flush();
            OPENED.put(key.getKeyID(), key);
            return row;
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    /**
     * The key, or empty when the encryption key that sealed it is no longer configured (removed
     * from TWOFOLD_ENCRYPTION_KEYS_PREVIOUS before it was sealed again): such a key is skipped,
     * and a new one made when none other signs, rather than failing every sign-in.
     */
    private Optional<RSAKey> tryOpen(SigningKey row) {
        try {
            return Optional.of(open(row));
        } catch (IllegalStateException e) {
            if (REPORTED.add(row.getKeyId())) {
                LOG.warning("The ID-token signing key " + row.getKeyId() + " is sealed with the encryption key " + row.getSealKeyId()
                        + ", which is not configured; it is skipped.");
            }
            return Optional.empty();
        }
    }

    private RSAKey open(SigningKey row) {
        return OPENED.computeIfAbsent(row.getKeyId(), id -> {
            byte[] json = vault.keys().open(new KeyRing.Sealed(row.getSealKeyId(), row.getSealedJwk()), associatedData(id));
            try {
                return RSAKey.parse(new String(json, StandardCharsets.UTF_8));
            } catch (ParseException e) {
                throw new IllegalStateException("The signing key " + id + " is damaged", e);
            }
        });
    }

    /** Binds a sealed key to its row, so it cannot be moved to another. */
    private static byte[] associatedData(String keyId) {
        return ("signing-key:" + keyId).getBytes(StandardCharsets.US_ASCII);
    }
}
