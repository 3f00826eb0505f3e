package org.twofold.domain.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.twofold.domain.delivery.DeliveryChannel;

/**
 * A code sent by email or SMS for one pending sign-in, or to confirm a new email or SMS factor
 * (filed under the factor's challenge key instead). Only a hash of the code is kept.
 * It dies when used, when it expires, after its wrong tries, or when a resend replaces it.
 */
@Entity
@Table(name = "TF_CODE_CHALLENGE")
@NamedQuery(name = CodeChallenge.LATEST_OF_SIGN_IN,
        query = "SELECT c FROM CodeChallenge c WHERE c.pendingTokenDigest = :digest ORDER BY c.id DESC")
@NamedQuery(name = CodeChallenge.COUNT_OF_USER_SINCE,
        query = "SELECT COUNT(c) FROM CodeChallenge c WHERE c.userId = :userId AND c.createdAt > :since")
@NamedQuery(name = CodeChallenge.COUNT_OF_IP_SINCE,
        query = "SELECT COUNT(c) FROM CodeChallenge c WHERE c.clientIp = :ip AND c.createdAt > :since")
@NamedQuery(name = CodeChallenge.RESERVE_TRY,
        query = "UPDATE CodeChallenge c SET c.wrongTries = c.wrongTries + 1 WHERE c.id = :id AND c.spent = FALSE "
                + "AND c.wrongTries < :maxWrongTries AND c.expiresAt > :now")
@NamedQuery(name = CodeChallenge.SPEND_OPEN_TO,
        query = "UPDATE CodeChallenge c SET c.spent = TRUE WHERE c.userId = :userId AND c.channel = :channel AND c.spent = FALSE")
@NamedQuery(name = CodeChallenge.SPEND_RIGHT_TRY,
        query = "UPDATE CodeChallenge c SET c.spent = TRUE, c.wrongTries = c.wrongTries - 1 WHERE c.id = :id AND c.spent = FALSE")
public class CodeChallenge {

    /**
     * Uses up one of the code's tries before the typed code is compared: one conditional
     * UPDATE, so parallel guesses cannot get more tries than the cap. A right code gives it
     * back as it spends the code ({@link #SPEND_RIGHT_TRY}).
     */
    public static final String RESERVE_TRY = "CodeChallenge.reserveTry";
    public static final String SPEND_RIGHT_TRY = "CodeChallenge.spendRightTry";
    /** A removed factor's codes fail at once (SECURITY item 25): every open code of the user on that channel. */
    public static final String SPEND_OPEN_TO = "CodeChallenge.spendOpenTo";
    public static final String LATEST_OF_SIGN_IN = "CodeChallenge.latestOfSignIn";
    public static final String COUNT_OF_USER_SINCE = "CodeChallenge.countOfUserSince";
    public static final String COUNT_OF_IP_SINCE = "CodeChallenge.countOfIpSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String pendingTokenDigest;

    @Column(nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DeliveryChannel channel;

    /** SHA-256 of the pending sign-in's digest and the code: useless for another sign-in. */
    @Column(nullable = false, length = 64)
    private String codeHash;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int wrongTries;

    /** Used, or replaced by a resend. */
    @Column(nullable = false)
    private boolean spent;

    private Long outboundMessageId;

    /** Where the code went; null for codes sent before release 9 recorded it. */
    @Column(length = 254)
    private String destination;

    @Column(length = 45)
    private String clientIp;

    protected CodeChallenge() {
    }

    public CodeChallenge(String pendingTokenDigest, Long userId, DeliveryChannel channel, String destination,
                         String codeHash, Instant createdAt, Instant expiresAt, String clientIp) {
        this.pendingTokenDigest = pendingTokenDigest;
        this.userId = userId;
        this.channel = channel;
        this.destination = destination;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.clientIp = clientIp;
    }

    public void spend() {
        spent = true;
    }

    public Long getId() {
        return id;
    }

    public String getPendingTokenDigest() {
        return pendingTokenDigest;
    }

    public Long getUserId() {
        return userId;
    }

    public DeliveryChannel getChannel() {
        return channel;
    }

    public String getDestination() {
        return destination;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getWrongTries() {
        return wrongTries;
    }

    public boolean isSpent() {
        return spent;
    }

    public Long getOutboundMessageId() {
        return outboundMessageId;
    }

    public void setOutboundMessageId(Long outboundMessageId) {
        this.outboundMessageId = outboundMessageId;
    }

    public String getClientIp() {
        return clientIp;
    }
}
