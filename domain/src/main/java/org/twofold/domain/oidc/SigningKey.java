package org.twofold.domain.oidc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Base64;

/**
 * A key that signs ID tokens. The private key (a JWK) is sealed with the deployment's
 * encryption key like the TOTP seeds, so a copy of the database alone signs nothing; every
 * node reads the same rows. The newest key signs; a retired one is still published until the
 * tokens it signed have expired.
 */
@Entity
@Table(name = "TF_SIGNING_KEY")
@NamedQuery(name = SigningKey.PUBLISHED,
        query = "SELECT k FROM SigningKey k WHERE k.retiredAt IS NULL OR k.retiredAt > :since ORDER BY k.createdAt DESC")
@NamedQuery(name = SigningKey.SEALED_WITH_OTHER_KEY, query = "SELECT k FROM SigningKey k WHERE k.sealKeyId <> :keyId")
@NamedQuery(name = SigningKey.RETIRE_ALL_BUT,
        query = "UPDATE SigningKey k SET k.retiredAt = :now WHERE k.retiredAt IS NULL AND k.keyId <> :keyId")
public class SigningKey {

    public static final String PUBLISHED = "SigningKey.published";
    public static final String RETIRE_ALL_BUT = "SigningKey.retireAllBut";
    /** Keys sealed with an encryption key other than the current one (after a rotation). */
    public static final String SEALED_WITH_OTHER_KEY = "SigningKey.sealedWithOtherKey";

    /** The JWK's {@code kid}. */
    @Id
    @Column(length = 64)
    private String keyId;

    /** Base64 of the sealed JWK: text, so Derby and PostgreSQL store it alike. */
    @Column(nullable = false, length = 4000)
    private String sealedJwk;

    /** Which encryption key sealed it. */
    @Column(nullable = false, length = 64)
    private String sealKeyId;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant retiredAt;

    protected SigningKey() {
    }

    public SigningKey(String keyId, byte[] sealedJwk, String sealKeyId, Instant createdAt) {
        this.keyId = keyId;
        this.sealedJwk = Base64.getEncoder().encodeToString(sealedJwk);
        this.sealKeyId = sealKeyId;
        this.createdAt = createdAt;
    }

    public String getKeyId() {
        return keyId;
    }

    public byte[] getSealedJwk() {
        return Base64.getDecoder().decode(sealedJwk);
    }

    public String getSealKeyId() {
        return sealKeyId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    /** The same key, sealed again (with the current encryption key, after a rotation). */
    public void resealed(byte[] sealedJwk, String sealKeyId) {
        this.sealedJwk = Base64.getEncoder().encodeToString(sealedJwk);
        this.sealKeyId = sealKeyId;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }
}
