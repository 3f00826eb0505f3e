package org.twofold.service.user;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ApplicationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.twofold.domain.crypto.PasswordHasher;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.metrics.Meters;

/**
 * Password hashing at the deployment's Argon2id cost, a bounded number at once: each hash
 * holds its memory (19 MiB by default) and a core, so a burst of sign-ins waits in line
 * instead of exhausting the heap or starving the pages that hash nothing. A hash that waits
 * longer than the deployment allows is not computed: {@link Busy}.
 */
@ApplicationScoped
public class PasswordHashing {

    /**
     * No hash slot came free in time; the caller says "not possible right now". An application
     * exception, so it reaches the caller as it is and rolls nothing back (the attempt counted
     * before the check is given back there).
     */
    @ApplicationException(rollback = false)
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("every password hash slot stayed busy", null, false, false);
        }
    }

    @Inject
    private DeploymentConfig deployment;

    @Inject
    private Meters meters;

    private PasswordHasher hasher;
    private Semaphore slots;
    private long waitMillis;

    /** For CDI, which then configures it from the deployment. */
    protected PasswordHashing() {
    }

    /** Without a container, for tests. */
    PasswordHashing(PasswordHasher hasher, int slots, long waitMillis) {
        this.hasher = hasher;
        this.slots = new Semaphore(slots, true);
        this.waitMillis = waitMillis;
        this.meters = Meters.standalone();
    }

    @PostConstruct
    void configure() {
        int concurrency = deployment.passwordHashConcurrency();
        hasher = new PasswordHasher(deployment.argon2Cost(), concurrency);
        slots = new Semaphore(concurrency, true);
        waitMillis = deployment.passwordHashWaitMillis();
    }

    /** A new hash; an administrator's change or a re-hash waits for a slot however long it takes. */
    public String hash(String password) {
        long asked = System.nanoTime();
        slots.acquireUninterruptibly();
        try {
            return timed(asked, () -> hasher.hash(password));
        } finally {
            slots.release();
        }
    }

    /** @throws Busy when no slot came free within the deployment's wait */
    public boolean verify(String password, String stored) {
        return inSlot(() -> hasher.verify(password, stored));
    }

    /** Spends a real check's time, for users that do not exist. */
    public void verifyDummy(String password) {
        inSlot(() -> {
            hasher.verifyDummy(password);
            return null;
        });
    }

    /** Whether the stored hash is of an earlier release or another cost, and so due for replacement. */
    public boolean needsRehash(String stored) {
        return hasher.needsRehash(stored);
    }

    <T> T inSlot(Supplier<T> work) {
        long asked = System.nanoTime();
        try {
            if (!slots.tryAcquire(0, TimeUnit.MILLISECONDS)) { // unlike tryAcquire(), keeps the line fair
                meters.passwordHashWaited();
                if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                    meters.passwordHashGaveUp();
                    throw new Busy();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return timed(asked, work);
        } finally {
            slots.release();
        }
    }

    private <T> T timed(long asked, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            meters.passwordHashed(Duration.ofNanos(started - asked), Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
