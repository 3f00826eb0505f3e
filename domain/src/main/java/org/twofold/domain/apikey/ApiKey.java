package org.twofold.domain.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.twofold.domain.user.User;

/**
 * A key a user made for scripts: its id is public, its secret is shown once and only its
 * SHA-256 is kept (256 random bits, so a fast hash is enough). Requests are counted per
 * minute in the row itself, with conditional updates, so the limit holds across nodes.
 */
@Entity
@Table(name = "TF_API_KEY")
@NamedQuery(name = ApiKey.BY_KEY_ID, query = "SELECT k FROM ApiKey k WHERE k.keyId = :keyId")
@NamedQuery(name = ApiKey.OF_USER, query = "SELECT k FROM ApiKey k WHERE k.user.id = :userId ORDER BY k.createdAt DESC")
@NamedQuery(name = ApiKey.COUNT_IN_WINDOW,
        query = "UPDATE ApiKey k SET k.windowCount = k.windowCount + 1, k.lastUsedAt = :now"
                + " WHERE k.id = :id AND k.windowStart = :window AND k.windowCount < :limit")
@NamedQuery(name = ApiKey.START_WINDOW,
        query = "UPDATE ApiKey k SET k.windowStart = :window, k.windowCount = 1, k.lastUsedAt = :now"
                + " WHERE k.id = :id AND k.windowStart < :window")
@NamedQuery(name = ApiKey.DELETE_OF_USER, query = "DELETE FROM ApiKey k WHERE k.user.id = :userId")
@NamedQuery(name = ApiKey.DELETE_ONE, query = "DELETE FROM ApiKey k WHERE k.keyId = :keyId AND k.user.id = :userId")
public class ApiKey {

    public static final String BY_KEY_ID = "ApiKey.byKeyId";
    public static final String OF_USER = "ApiKey.ofUser";
    /** Counts a request in the current minute, unless the minute's limit is reached. */
    public static final String COUNT_IN_WINDOW = "ApiKey.countInWindow";
    /** The first request of a new minute starts its count. */
    public static final String START_WINDOW = "ApiKey.startWindow";
    public static final String DELETE_ONE = "ApiKey.deleteOne";
    public static final String DELETE_OF_USER = "ApiKey.deleteOfUser";
    public static final int MAX_LABEL_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "USER_ID")
    private User user;

    @Column(nullable = false, unique = true, length = 32)
    private String keyId;

    @Column(nullable = false, length = 64)
    private String secretDigest;

    @Column(nullable = false, length = MAX_LABEL_LENGTH)
    private String label;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant lastUsedAt;

    /** When the key stops working (a key made by signing in at the command line); null: never. */
    private Instant expiresAt;

    /** The minute (since the epoch) that {@code windowCount} counts. */
    @Column(nullable = false)
    private long windowStart;

    @Column(nullable = false)
    private int windowCount;

    protected ApiKey() {
    }

    public ApiKey(User user, String keyId, String secretDigest, String label, Instant createdAt) {
        this.user = user;
        this.keyId = keyId;
        this.secretDigest = secretDigest;
        this.label = label;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getSecretDigest() {
        return secretDigest;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** A key that stops working at {@code expiresAt}. */
    public void expireAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
