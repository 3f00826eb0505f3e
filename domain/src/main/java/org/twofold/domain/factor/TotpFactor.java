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
import org.twofold.domain.crypto.KeyRing;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.domain.user.User;

/**
 * An authenticator-app factor. The seed is stored encrypted; {@code lastUsedStep} is the
 * highest time step ever accepted, so a code can never be used twice.
 */
@Entity
@Table(name = "TF_TOTP_FACTOR")
@NamedQuery(name = TotpFactor.CONFIRMED_OF_USER,
        query = "SELECT f FROM TotpFactor f WHERE f.user.id = :userId AND f.confirmed = TRUE ORDER BY f.id")
@NamedQuery(name = TotpFactor.UNCONFIRMED_OF_USER,
        query = "SELECT f FROM TotpFactor f WHERE f.user.id = :userId AND f.confirmed = FALSE")
public class TotpFactor {

    public static final String CONFIRMED_OF_USER = "TotpFactor.confirmedOfUser";
    public static final String UNCONFIRMED_OF_USER = "TotpFactor.unconfirmedOfUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "USER_ID")
    private User user;

    /** AES-GCM: IV, ciphertext and tag. Never the plain seed. A placeholder until sealed (the id is in the AAD). */
    @Column(nullable = false, length = 256)
    private byte[] encryptedSeed = {0};

    /** The id of the key that sealed the seed ({@link KeyRing#idOf}); null if sealed before ids were recorded. */
    @Column(length = 16)
    private String seedKeyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private OtpAlgorithm algorithm;

    @Column(nullable = false)
    private int digits;

    @Column(nullable = false)
    private int periodSeconds;

    /** False until the user proves the app holds the seed by entering a code. */
    @Column(nullable = false)
    private boolean confirmed;

    @Column(nullable = false)
    private long lastUsedStep = Long.MIN_VALUE;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant confirmedAt;

    protected TotpFactor() {
    }

    public TotpFactor(User user, TotpParameters parameters, Instant createdAt) {
        this.user = user;
        this.algorithm = parameters.algorithm();
        this.digits = parameters.digits();
        this.periodSeconds = parameters.periodSeconds();
        this.createdAt = createdAt;
    }

    public TotpParameters parameters() {
        return new TotpParameters(algorithm, digits, periodSeconds);
    }

    public void confirm(Instant at) {
        this.confirmed = true;
        this.confirmedAt = at;
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public KeyRing.Sealed sealedSeed() {
        return new KeyRing.Sealed(seedKeyId, encryptedSeed);
    }

    public void setSealedSeed(KeyRing.Sealed sealed) {
        this.encryptedSeed = sealed.bytes();
        this.seedKeyId = sealed.keyId();
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public long getLastUsedStep() {
        return lastUsedStep;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
