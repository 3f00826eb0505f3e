package org.twofold.domain.passkey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person said "Not now" to the Desk's offer to add a passkey: it is not made to them again. */
@Entity
@Table(name = "TF_PASSKEY_OFFER_DISMISSED")
public class PasskeyOfferDismissal {

    @Id
    @Column(name = "USER_ID")
    private Long userId;

    @Column(nullable = false)
    private Instant dismissedAt;

    protected PasskeyOfferDismissal() {
    }

    public PasskeyOfferDismissal(long userId, Instant dismissedAt) {
        this.userId = userId;
        this.dismissedAt = dismissedAt;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getDismissedAt() {
        return dismissedAt;
    }
}
