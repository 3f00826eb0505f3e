package org.twofold.domain.factor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An emailed link to the QR code of an authenticator app being enrolled. The link holds a
 * random 256-bit token; only its SHA-256 digest is kept. It expires and opens once.
 */
@Entity
@Table(name = "TF_ENROLMENT_LINK")
public class EnrolmentLink {

    @Id
    @Column(length = 64)
    private String tokenDigest;

    @Column(nullable = false)
    private Long factorId;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean opened;

    private Long outboundMessageId;

    protected EnrolmentLink() {
    }

    public EnrolmentLink(String tokenDigest, Long factorId, Instant createdAt, Instant expiresAt) {
        this.tokenDigest = tokenDigest;
        this.factorId = factorId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public String getTokenDigest() {
        return tokenDigest;
    }

    public Long getFactorId() {
        return factorId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isOpened() {
        return opened;
    }

    public Long getOutboundMessageId() {
        return outboundMessageId;
    }

    public void setOutboundMessageId(Long outboundMessageId) {
        this.outboundMessageId = outboundMessageId;
    }
}
