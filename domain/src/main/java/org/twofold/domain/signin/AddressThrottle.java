package org.twofold.domain.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins from one client address in the current window, whatever the usernames.
 * Counted like an account's failures (see the queries): an attempt is reserved before it is
 * checked, so parallel requests cannot run past the limit, and a right answer gives it back.
 */
@Entity
@Table(name = "TF_ADDRESS_THROTTLE")
@NamedQuery(name = AddressThrottle.START_NEW_WINDOW,
        query = "UPDATE AddressThrottle a SET a.failures = 0, a.windowStart = :now WHERE a.address = :address "
                + "AND a.windowStart <= :windowEndedBefore AND (a.blockedUntil IS NULL OR a.blockedUntil <= :now)")
@NamedQuery(name = AddressThrottle.RESERVE_ATTEMPT,
        query = "UPDATE AddressThrottle a SET a.failures = a.failures + 1 WHERE a.address = :address "
                + "AND a.failures < :limit AND (a.blockedUntil IS NULL OR a.blockedUntil <= :now)")
@NamedQuery(name = AddressThrottle.BLOCK_AT_LIMIT,
        query = "UPDATE AddressThrottle a SET a.blockedUntil = :blockEnd WHERE a.address = :address "
                + "AND a.failures >= :limit AND (a.blockedUntil IS NULL OR a.blockedUntil <= :now)")
@NamedQuery(name = AddressThrottle.RELEASE_ATTEMPT,
        query = "UPDATE AddressThrottle a SET a.failures = a.failures - 1 WHERE a.address = :address AND a.failures > 0")
@NamedQuery(name = AddressThrottle.RELEASE_BLOCK,
        query = "UPDATE AddressThrottle a SET a.blockedUntil = NULL WHERE a.address = :address AND a.blockedUntil = :blockEnd")
public class AddressThrottle {

    public static final String START_NEW_WINDOW = "AddressThrottle.startNewWindow";
    public static final String RESERVE_ATTEMPT = "AddressThrottle.reserveAttempt";
    public static final String BLOCK_AT_LIMIT = "AddressThrottle.blockAtLimit";
    public static final String RELEASE_ATTEMPT = "AddressThrottle.releaseAttempt";
    public static final String RELEASE_BLOCK = "AddressThrottle.releaseBlock";
    /** The window failures are counted in, and how long an address is refused once over the limit. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    @Id
    @Column(length = 45)
    private String address;

    @Column(nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private int failures;

    private Instant blockedUntil;

    protected AddressThrottle() {
    }

    public AddressThrottle(String address, Instant now) {
        this.address = address;
        this.windowStart = now;
    }

    /** Whether its window began at or before {@code instant}: {@link #START_NEW_WINDOW}'s test, in Java. */
    public boolean windowStartedBy(Instant instant) {
        return !windowStart.isAfter(instant);
    }

    public String getAddress() {
        return address;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }
}
