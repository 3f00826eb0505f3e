package org.twofold.domain.factor;

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
 * A browser whose user ticked "remember this device": it skips the code step after the
 * password until {@code expiresAt}. Only the SHA-256 of its cookie's random token is kept,
 * bound to the user; a use is one conditional update that also checks the expiry.
 */
@Entity
@Table(name = "TF_TRUSTED_DEVICE")
@NamedQuery(name = TrustedDevice.OF_USER,
        query = "SELECT d FROM TrustedDevice d WHERE d.user.id = :userId AND d.expiresAt > :now ORDER BY d.createdAt DESC")
@NamedQuery(name = TrustedDevice.USE,
        query = "UPDATE TrustedDevice d SET d.lastUsedAt = :now, d.lastAddress = :address"
                + " WHERE d.tokenDigest = :tokenDigest AND d.user.id = :userId AND d.expiresAt > :now"
                + " AND d.createdAt > :rememberedSince")
@NamedQuery(name = TrustedDevice.DELETE_ONE,
        query = "DELETE FROM TrustedDevice d WHERE d.id = :id AND d.user.id = :userId")
@NamedQuery(name = TrustedDevice.DELETE_OF_USER, query = "DELETE FROM TrustedDevice d WHERE d.user.id = :userId")
public class TrustedDevice {

    public static final String OF_USER = "TrustedDevice.ofUser";
    public static final String USE = "TrustedDevice.use";
    public static final String DELETE_ONE = "TrustedDevice.deleteOne";
    public static final String DELETE_OF_USER = "TrustedDevice.deleteOfUser";

    public static final int MAX_BROWSER_LENGTH = 100;
    public static final int MAX_ADDRESS_LENGTH = 45;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "USER_ID")
    private User user;

    @Column(nullable = false, length = 64, unique = true)
    private String tokenDigest;

    /** What the browser called itself, in short ("Firefox on Windows"), for the user's list. */
    @Column(nullable = false, length = MAX_BROWSER_LENGTH)
    private String browser;

    @Column(length = MAX_ADDRESS_LENGTH)
    private String lastAddress;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private Instant lastUsedAt;

    protected TrustedDevice() {
    }

    public TrustedDevice(User user, String tokenDigest, String browser, String address, Instant createdAt, Instant expiresAt) {
        this.user = user;
        this.tokenDigest = tokenDigest;
        this.browser = cut(browser, MAX_BROWSER_LENGTH);
        this.lastAddress = cut(address, MAX_ADDRESS_LENGTH);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastUsedAt = createdAt;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getBrowser() {
        return browser;
    }

    public String getLastAddress() {
        return lastAddress;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
