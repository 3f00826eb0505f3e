package org.twofold.domain.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Failed sign-ins under a username that no account has, counted exactly as an account's
 * (the same threshold, lock period and lock for good), so that the lockout answers alike for a
 * name that exists and one that does not and cannot be used to find out which names exist.
 * Keyed by the SHA-256 of the name as typed: what was typed may be a mistyped password.
 */
@Entity
@Table(name = "TF_NAME_THROTTLE")
@NamedQuery(name = NameThrottle.RESERVE_ATTEMPT,
        query = "UPDATE NameThrottle n SET n.failedAttempts = n.failedAttempts + 1, n.lastAttempt = :now "
                + "WHERE n.nameDigest = :digest AND n.failedAttempts < :lockedForGood "
                + "AND (n.lockedUntil IS NULL OR n.lockedUntil <= :now)")
@NamedQuery(name = NameThrottle.LOCK_AT_THRESHOLD,
        query = "UPDATE NameThrottle n SET n.lockedUntil = :lockEnd WHERE n.nameDigest = :digest "
                + "AND n.failedAttempts >= :threshold AND (n.lockedUntil IS NULL OR n.lockedUntil <= :now)")
@NamedQuery(name = NameThrottle.RELEASE_ATTEMPT,
        query = "UPDATE NameThrottle n SET n.failedAttempts = n.failedAttempts - 1 "
                + "WHERE n.nameDigest = :digest AND n.failedAttempts > 0")
@NamedQuery(name = NameThrottle.RELEASE_LOCK,
        query = "UPDATE NameThrottle n SET n.lockedUntil = NULL WHERE n.nameDigest = :digest AND n.lockedUntil = :lockEnd")
public class NameThrottle {

    public static final String RESERVE_ATTEMPT = "NameThrottle.reserveAttempt";
    public static final String LOCK_AT_THRESHOLD = "NameThrottle.lockAtThreshold";
    public static final String RELEASE_ATTEMPT = "NameThrottle.releaseAttempt";
    public static final String RELEASE_LOCK = "NameThrottle.releaseLock";

    @Id
    @Column(length = 64)
    private String nameDigest;

    @Column(nullable = false)
    private int failedAttempts;

    private Instant lockedUntil;

    @Column(nullable = false)
    private Instant lastAttempt;

    protected NameThrottle() {
    }

    public NameThrottle(String nameDigest, Instant now) {
        this.nameDigest = nameDigest;
        this.lastAttempt = now;
    }

    public String getNameDigest() {
        return nameDigest;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
