package org.twofold.domain.passkey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A challenge handed to a browser for one passkey ceremony. Only its SHA-256 is kept, with what
 * it is for and whom (a user, or a pending sign-in); it is used up by one conditional DELETE that
 * also checks those and the expiry, so it answers once, on any node.
 */
@Entity
@Table(name = "TF_PASSKEY_CHALLENGE")
@NamedQuery(name = PasskeyChallenge.USE,
        query = "DELETE FROM PasskeyChallenge c WHERE c.challengeDigest = :digest AND c.purpose = :purpose"
                + " AND c.binding = :binding AND c.expiresAt > :now")
@NamedQuery(name = PasskeyChallenge.LIVE,
        query = "SELECT COUNT(c) FROM PasskeyChallenge c WHERE c.purpose = :purpose AND c.binding = :binding AND c.expiresAt > :now")
public class PasskeyChallenge {

    public static final String USE = "PasskeyChallenge.use";
    public static final String LIVE = "PasskeyChallenge.live";

    @Id
    @Column(length = 64)
    private String challengeDigest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CeremonyPurpose purpose;

    /** Whom it is for: "user:ID", "pending:DIGEST", or "address:IP" for a sign-in without a password. */
    @Column(nullable = false, length = 80)
    private String binding;

    @Column(nullable = false)
    private Instant expiresAt;

    protected PasskeyChallenge() {
    }

    public PasskeyChallenge(String challengeDigest, CeremonyPurpose purpose, String binding, Instant expiresAt) {
        this.challengeDigest = challengeDigest;
        this.purpose = purpose;
        this.binding = binding;
        this.expiresAt = expiresAt;
    }

    public String getChallengeDigest() {
        return challengeDigest;
    }

    public CeremonyPurpose getPurpose() {
        return purpose;
    }

    public String getBinding() {
        return binding;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
