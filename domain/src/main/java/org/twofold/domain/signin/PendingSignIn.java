package org.twofold.domain.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;

/**
 * A sign-in whose password was right and whose second step is still due. The browser holds
 * a random token; only its SHA-256 digest is stored here, as the key.
 */
@Entity
@Table(name = "TF_PENDING_SIGNIN")
@NamedQuery(name = PendingSignIn.WITH_USER,
        query = "SELECT p FROM PendingSignIn p JOIN FETCH p.user WHERE p.tokenDigest = :digest")
public class PendingSignIn {

    /** The pending sign-in and its user in one statement. */
    public static final String WITH_USER = "PendingSignIn.withUser";

    @Id
    @Column(length = 64)
    private String tokenDigest;

    @ManyToOne(optional = false)
    @JoinColumn(name = "USER_ID")
    private User user;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    @Column(length = 45)
    private String clientIp;

    /** The second factor this sign-in waits for. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TwoFactorMethod method = TwoFactorMethod.TOTP;

    /** The unconfirmed factor this sign-in enrols, when the user has none yet; its seed is fresh. */
    private Long enrolmentFactorId;

    /** True when the app's QR code went out by emailed link rather than on screen. */
    @Column(nullable = false)
    private boolean enrolByLink;

    /** The email carrying the enrolment link, for the code page's delivery status. */
    private Long enrolmentMessageId;

    /** An application asked for a passkey (step-up): no other way finishes this sign-in. */
    @Column(nullable = false)
    private boolean passkeyRequired;

    protected PendingSignIn() {
    }

    public PendingSignIn(String tokenDigest, User user, Instant createdAt, Instant expiresAt, String clientIp) {
        this.tokenDigest = tokenDigest;
        this.user = user;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.clientIp = clientIp;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public String getTokenDigest() {
        return tokenDigest;
    }

    public User getUser() {
        return user;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getClientIp() {
        return clientIp;
    }

    public TwoFactorMethod getMethod() {
        return method;
    }

    public void setMethod(TwoFactorMethod method) {
        this.method = method;
    }

    public boolean isPasskeyRequired() {
        return passkeyRequired;
    }

    public void requirePasskey() {
        this.method = TwoFactorMethod.PASSKEY;
        this.passkeyRequired = true;
    }

    public boolean isEnrolByLink() {
        return enrolByLink;
    }

    public void setEnrolByLink(boolean enrolByLink) {
        this.enrolByLink = enrolByLink;
    }

    public Long getEnrolmentMessageId() {
        return enrolmentMessageId;
    }

    public void setEnrolmentMessageId(Long enrolmentMessageId) {
        this.enrolmentMessageId = enrolmentMessageId;
    }

    public Long getEnrolmentFactorId() {
        return enrolmentFactorId;
    }

    public void setEnrolmentFactorId(Long enrolmentFactorId) {
        this.enrolmentFactorId = enrolmentFactorId;
    }
}
