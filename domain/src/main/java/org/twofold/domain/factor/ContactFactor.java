package org.twofold.domain.factor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.user.User;

/**
 * One of the user's own email addresses or phone numbers as a second factor. It counts only
 * once a code sent there was typed back ({@code confirmedAt}); until then {@code challengeKey}
 * names the sent code. A user has at most one confirmed factor per channel: confirming
 * another replaces it.
 */
@Entity
@Table(name = "TF_CONTACT_FACTOR")
@NamedQuery(name = ContactFactor.CONFIRMED_OF_USER,
        query = "SELECT f FROM ContactFactor f WHERE f.user.id = :userId AND f.confirmedAt IS NOT NULL ORDER BY f.channel")
@NamedQuery(name = ContactFactor.OF_USER_AND_CHANNEL,
        query = "SELECT f FROM ContactFactor f WHERE f.user.id = :userId AND f.channel = :channel")
public class ContactFactor {

    public static final String CONFIRMED_OF_USER = "ContactFactor.confirmedOfUser";
    public static final String OF_USER_AND_CHANNEL = "ContactFactor.ofUserAndChannel";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "USER_ID")
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DeliveryChannel channel;

    @Column(nullable = false, length = 254)
    private String destination;

    /** The digest the confirmation code is filed under, while unconfirmed. */
    @Column(length = 64)
    private String challengeKey;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant confirmedAt;

    private Instant lastUsedAt;

    protected ContactFactor() {
    }

    public ContactFactor(User user, DeliveryChannel channel, String destination, String challengeKey, Instant createdAt) {
        this.user = user;
        this.channel = channel;
        this.destination = destination;
        this.challengeKey = challengeKey;
        this.createdAt = createdAt;
    }

    public void confirm(Instant now) {
        confirmedAt = now;
        challengeKey = null;
    }

    public void usedAt(Instant now) {
        lastUsedAt = now;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public DeliveryChannel getChannel() {
        return channel;
    }

    public String getDestination() {
        return destination;
    }

    public String getChallengeKey() {
        return challengeKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
